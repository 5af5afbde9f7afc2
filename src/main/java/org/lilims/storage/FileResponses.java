package org.lilims.storage;

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
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(file.originalName(), StandardCharsets.UTF_8).build().toString());
		return HttpMethod.HEAD.equals(method) ? response.build() : response.body(files.content(id));
	}

}
