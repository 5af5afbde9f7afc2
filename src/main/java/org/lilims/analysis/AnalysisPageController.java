package org.lilims.analysis;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analysis panel of a cell's page, and its recompute button.
 */
@Controller
class AnalysisPageController {

	private final CellAnalysis analysis;

	AnalysisPageController(CellAnalysis analysis) {
		this.analysis = analysis;
	}

	@GetMapping("/analysis/cells/{code}/panel")
	String panel(@PathVariable String code, Model model) {
		model.addAttribute("view", this.analysis.metrics(code));
		return "analysis/panel :: panel";
	}

	@PostMapping("/analysis/cells/{code}/recompute")
	String recompute(@PathVariable String code, RedirectAttributes redirect) {
		this.analysis.recompute(code);
		redirect.addFlashAttribute("message", "Analysis of " + code + " queued again");
		return "redirect:/samples/" + code;
	}

}
