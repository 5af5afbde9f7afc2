package org.lilims.sample;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.storage.Attachment;
import org.lilims.storage.AttachmentCategory;
import org.lilims.storage.AttachmentTarget;
import org.lilims.storage.Attachments;
import org.lilims.storage.FileMeta;
import org.lilims.storage.Upload;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to a sample (SEM images, spectra, reports). Lives here rather than in storage because only this
 * module knows whether a sample exists.
 */
@RestController
class SampleAttachmentRestController {

	private final SampleService samples;

	private final Attachments attachments;

	SampleAttachmentRestController(SampleService samples, Attachments attachments) {
		this.samples = samples;
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/v1/samples/{code}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	List<Attachment> attach(@PathVariable String code, @RequestParam("file") List<MultipartFile> files,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String caption) {
		AttachmentTarget sample = target(code);
		List<Upload> uploads = files.stream()
			.map(file -> new Upload(file, new FileMeta(file.getOriginalFilename(), file.getContentType())))
			.toList();
		return this.attachments.upload(uploads, sample, AttachmentCategory.parse(category), caption);
	}

	@GetMapping("/api/v1/samples/{code}/attachments")
	List<Attachment> list(@PathVariable String code) {
		return this.attachments.of(target(code));
	}

	private AttachmentTarget target(String code) {
		return AttachmentTarget.sample(this.samples.get(code).code());
	}

}
