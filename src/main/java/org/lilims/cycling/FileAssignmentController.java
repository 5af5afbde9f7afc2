package org.lilims.cycling;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.shared.ConflictException;
import org.lilims.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assigning gateway files to cells from the gateway page's inbox.
 */
@Controller
class FileAssignmentController {

	private final FileAssignment assignment;

	FileAssignmentController(FileAssignment assignment) {
		this.assignment = assignment;
	}

	@PostMapping("/gateway/files/{id}/link")
	String assign(@PathVariable long id, @RequestParam(required = false) @Nullable String cellCode,
			RedirectAttributes redirect) {
		try {
			InstrumentFileView file = this.assignment.assign(id, cellCode);
			redirect.addFlashAttribute("message", file.originalName() + " is now linked to " + file.cellCode());
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("flashError", "Not assigned: " + ex.getMessage());
		}
		return "redirect:/gateway";
	}

}
