package org.lilims.process;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person assigns a deposition log to its coating run from the gateway's inbox, naming a coated foil the run made
 * ({@code CT-0003}) or the run's step id.
 */
@Controller
class CoatingRunAssignmentController {

	private final CoatingRuns runs;

	CoatingRunAssignmentController(CoatingRuns runs) {
		this.runs = runs;
	}

	@PostMapping("/gateway/files/{id}/coating-run")
	String linkByBrowser(@PathVariable long id, @RequestParam(required = false) @Nullable String coatingRun,
			RedirectAttributes redirect) {
		try {
			InstrumentFileView file = this.runs.assign(id, coatingRun);
			redirect.addFlashAttribute("message",
					file.originalName() + " is now linked to PVD coating run (step " + file.stepId() + ")");
		}
		catch (InvalidInputException | org.lilims.shared.ConflictException ex) {
			redirect.addFlashAttribute("flashError", "Not assigned: " + ex.getMessage());
		}
		return "redirect:/gateway";
	}

}
