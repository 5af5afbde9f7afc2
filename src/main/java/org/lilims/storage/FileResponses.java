package org.lilims.storage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Download responses shared by the API and the browser routes.
 */
final class FileResponses {

	private FileResponses() {
	}

	/**
	 * The file's content under its original name and media type; headers only for {@code HEAD}, so that asking
	 * for a large file's size does not read it.
	 */
	static ResponseEntity<Resource> download(FileStore files, FileId id, HttpMethod method) {
		StoredFile file = files.get(id);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.sizeBytes())
			.eTag('"' + file.sha256() + '"')
			.header("Content-Disposition", contentDisposition(file.originalName()));
		return HttpMethod.HEAD.equals(method) ? response.build() : response.body(files.content(id));
	}

	/**
	 * RFC 6266: an ASCII {@code filename} for old clients, and the exact name as RFC 5987 {@code filename*} (header
	 * values are Latin-1 on the wire, so the raw name cannot go into {@code filename}).
	 */
	static String contentDisposition(String fileName) {
		String ascii = fileName.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
		String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
		return ContentDisposition.attachment().filename(ascii).build() + "; filename*=UTF-8''" + encoded;
	}

}
