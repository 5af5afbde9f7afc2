package org.lilims.cycling;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.InstrumentFileView;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assigning a gateway file to its cell through the API (a file from the inbox, or one linked to the wrong cell).
 */
@RestController
class FileAssignmentRestController {

	private final FileAssignment assignment;

	FileAssignmentRestController(FileAssignment assignment) {
		this.assignment = assignment;
	}

	@PostMapping("/api/v1/gateway/files/{id}/link")
	InstrumentFileView link(@PathVariable long id, @RequestBody LinkRequest request) {
		return this.assignment.assign(id, request.cellCode());
	}

	/**
	 * The cell a gateway file belongs to.
	 *
	 * @param cellCode the cell's code
	 */
	record LinkRequest(@Nullable String cellCode) {
	}

}
