package org.lilims.storage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers oversized uploads with a 413 problem detail naming the limit. Multipart requests are parsed before a
 * handler is chosen, so this advice applies to every controller (controller-specific advice would not be asked).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

	private final String maxFileSize;

	private final String maxRequestSize;

	UploadLimitAdvice(@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFileSize,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") String maxRequestSize) {
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
				"The upload exceeds the limit of " + this.maxFileSize + " per file and " + this.maxRequestSize
						+ " per request (LIMS_MAX_UPLOAD_SIZE)");
		problem.setTitle("Upload too large");
		problem.setProperty("maxFileSize", this.maxFileSize);
		problem.setProperty("maxRequestSize", this.maxRequestSize);
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
