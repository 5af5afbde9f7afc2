package org.lilims.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files and attachments for scripts and instruments.
 */
@RestController
@RequestMapping("/api/v1")
class FileRestController {

	private final FileStore files;

	private final Attachments attachments;

	FileRestController(FileStore files, Attachments attachments) {
		this.files = files;
		this.attachments = attachments;
	}

	@PostMapping(path = "/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<UploadedFile> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String targetType,
			@RequestParam(required = false) @Nullable String targetId,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String caption) throws IOException {
		AttachmentTarget target = AttachmentTarget.ofOptional(targetType, targetId);
		Upload upload = new Upload(file, new FileMeta(file.getOriginalFilename(), file.getContentType()));
		UploadedFile uploaded;
		if (target == null) {
			try (InputStream content = file.getInputStream()) {
				uploaded = new UploadedFile(this.files.store(content, upload.meta()), null);
			}
		}
		else {
			Attachment attachment = this.attachments
				.upload(List.of(upload), target, AttachmentCategory.parse(category), caption)
				.get(0);
			uploaded = new UploadedFile(attachment.file(), attachment);
		}
		return ResponseEntity.created(URI.create("/api/v1/files/" + uploaded.file().id())).body(uploaded);
	}

	@GetMapping("/files/{id}")
	StoredFile show(@PathVariable String id) {
		return this.files.get(FileId.parse(id));
	}

	@RequestMapping(path = "/files/{id}/content", method = { RequestMethod.GET, RequestMethod.HEAD })
	ResponseEntity<Resource> content(@PathVariable String id, HttpMethod method) {
		return FileResponses.download(this.files, FileId.parse(id), method);
	}

	@GetMapping("/attachments")
	List<Attachment> attachments(@RequestParam String targetType, @RequestParam String targetId) {
		return this.attachments.of(new AttachmentTarget(targetType, targetId));
	}

	/**
	 * Answer to an upload.
	 *
	 * @param file the stored file (an existing one if the same bytes were uploaded before)
	 * @param attachment the attachment, when a target was given
	 */
	record UploadedFile(StoredFile file, @Nullable Attachment attachment) {
	}

}
