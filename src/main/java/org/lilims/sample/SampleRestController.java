package org.lilims.sample;

import java.util.List;

import org.lilims.audit.AuditRecord;
import org.lilims.audit.AuditTrail;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Samples, lots and their genealogy for scripts.
 */
@RestController
class SampleRestController {

	private static final int MAX_PAGE_SIZE = 200;

	private final SampleService samples;

	private final AuditTrail trail;

	SampleRestController(SampleService samples, AuditTrail trail) {
		this.samples = samples;
		this.trail = trail;
	}

	@GetMapping("/api/v1/samples")
	PageOf<SampleSummary> list(SampleFilter filter, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
		}
		Page<SampleSummary> result = this.samples.search(filter, PageRequest.of(page, size, SampleFilter.NEWEST_FIRST));
		return PageOf.of(result);
	}

	@GetMapping("/api/v1/samples/{code}")
	SampleView show(@PathVariable String code) {
		return this.samples.get(code);
	}

	@GetMapping("/api/v1/lots/{code}")
	SampleView lot(@PathVariable String code) {
		SampleView sample = this.samples.get(code);
		if (!sample.kind().isLot()) {
			throw new NotFoundException(code + " is a " + sample.kind().label().toLowerCase() + ", not a lot");
		}
		return sample;
	}

	@GetMapping("/api/v1/samples/{code}/lineage")
	LineageGraph lineage(@PathVariable String code, @RequestParam(defaultValue = "ancestors") String direction) {
		return switch (direction) {
			case "ancestors" -> this.samples.lineage(code, true);
			case "descendants" -> this.samples.lineage(code, false);
			default -> throw new InvalidInputException("direction", "must be ancestors or descendants");
		};
	}

	@GetMapping("/api/v1/samples/{code}/audit")
	List<AuditRecord> audit(@PathVariable String code) {
		return this.trail.trailOf("sample", this.samples.get(code).code());
	}

	@PatchMapping("/api/v1/samples/{code}")
	SampleView update(@PathVariable String code, @RequestBody SampleUpdate update) {
		return this.samples.update(code, update);
	}

	/**
	 * One page of a list.
	 */
	record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

		static <T> PageOf<T> of(Page<T> page) {
			return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

}
