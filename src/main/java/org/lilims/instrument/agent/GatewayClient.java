package org.lilims.instrument.agent;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Sends one file to {@code POST /api/v1/gateway/files} as multipart form data, streaming it from disk.
 */
class GatewayClient {

	static final String UPLOAD_PATH = "api/v1/gateway/files";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final URI uploadUri;

	private final String token;

	GatewayClient(URI server, String token) {
		this.uploadUri = server.resolve(UPLOAD_PATH);
		this.token = token;
	}

	/**
	 * @param fields form fields sent before the file (instrument, channel, original path, ...)
	 * @return the HTTP status and body of the answer
	 * @throws IOException when the server cannot be reached
	 */
	HttpResponse<String> upload(Path file, String fileName, Map<String, String> fields)
			throws IOException, InterruptedException {
		String boundary = "lilims-" + UUID.randomUUID();
		StringBuilder head = new StringBuilder();
		new LinkedHashMap<>(fields).forEach((name, value) -> head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n"));
		head.append("--")
			.append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(fileName.replace("\"", "_"))
			.append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		HttpRequest request = HttpRequest.newBuilder(this.uploadUri)
			.timeout(Duration.ofMinutes(30))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
					HttpRequest.BodyPublishers.ofFile(file),
					HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8)))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
