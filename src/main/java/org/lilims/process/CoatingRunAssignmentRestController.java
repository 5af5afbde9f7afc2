package org.lilims.process;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.InstrumentFileView;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assigning a deposition log to its coating run through the API.
 */
@RestController
class CoatingRunAssignmentRestController {

	private final CoatingRuns runs;

	CoatingRunAssignmentRestController(CoatingRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/api/v1/gateway/files/{id}/coating-run")
	InstrumentFileView link(@PathVariable long id, @RequestBody CoatingRunRequest request) {
		return this.runs.assign(id, request.coatingRun());
	}

	/**
	 * The coating run a deposition log belongs to.
	 *
	 * @param coatingRun a coated foil's code ({@code CT-0003}) or the run's step id
	 */
	record CoatingRunRequest(@Nullable String coatingRun) {
	}

}
