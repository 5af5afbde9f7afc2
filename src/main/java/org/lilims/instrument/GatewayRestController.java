package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The gateway's API for instrument agents and scripts.
 */
@RestController
class GatewayRestController {

	private final InstrumentFiles files;

	GatewayRestController(InstrumentFiles files) {
		this.files = files;
	}

	/**
	 * Takes a file: 201 with its record when new, 200 with the existing record when the same bytes came before; 400
	 * naming {@code sha256} when the sender's SHA-256 of the file is not that of the bytes received (nothing is kept).
	 */
	@PostMapping(path = "/api/v1/gateway/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<InstrumentFileView> receive(@RequestPart("file") @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String instrumentId,
			@RequestParam(required = false) @Nullable String channel,
			@RequestParam(required = false) @Nullable String cellCode,
			@RequestParam(required = false) @Nullable String originalPath,
			@RequestParam(required = false) @Nullable String sha256) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "is required and must not be empty");
		}
		String name = (file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
				? file.getOriginalFilename() : "upload";
		InstrumentFiles.Received received;
		try (InputStream content = file.getInputStream()) {
			received = this.files.receive(content, name, instrumentId, channel, cellCode, originalPath,
					(sha256 == null || sha256.isBlank()) ? null : sha256.strip());
		}
		URI location = URI.create("/api/v1/gateway/files/" + received.file().id());
		return received.created() ? ResponseEntity.created(location).body(received.file())
				: ResponseEntity.status(HttpStatus.OK).location(location).body(received.file());
	}

	@GetMapping("/api/v1/gateway/files/{id}")
	InstrumentFileView file(@PathVariable long id) {
		return this.files.find(id);
	}

	@GetMapping(path = "/api/v1/gateway/files/{id}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> summary(@PathVariable long id) {
		String summary = this.files.summaryJson(id);
		return (summary != null) ? ResponseEntity.ok(summary) : ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/gateway/files")
	List<InstrumentFileView> files(@RequestParam(required = false) @Nullable InstrumentFileState state) {
		return this.files.list(state);
	}

	/**
	 * Parses a file again: 200 with the outcome, or 202 when the file is large and waits to be parsed in the
	 * background (state RECEIVED).
	 */
	@PostMapping("/api/v1/gateway/files/{id}/reprocess")
	ResponseEntity<InstrumentFileView> reprocess(@PathVariable long id) {
		InstrumentFileView file = this.files.reprocess(id);
		return ResponseEntity.status((file.state() == InstrumentFileState.RECEIVED) ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(file);
	}

}
