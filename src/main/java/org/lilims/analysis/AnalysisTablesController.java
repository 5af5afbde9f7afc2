package org.lilims.analysis;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cell page's tables, loaded into the analysis panel by htmx: per cycle and per half-cycle (a selection of the
 * rows, or all of them with {@code all=true}) and the impedance fits, each column with its definition as tooltip.
 */
@Controller
class AnalysisTablesController {

	private final CellAnalysis analysis;

	AnalysisTablesController(CellAnalysis analysis) {
		this.analysis = analysis;
	}

	@GetMapping("/analysis/cells/{code}/tables/cycles")
	String cycles(@PathVariable String code, @RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("cellCode", code);
		model.addAttribute("table", AnalysisTables.cycles(this.analysis.cycles(code), all));
		return "analysis/tables :: cycles";
	}

	@GetMapping("/analysis/cells/{code}/tables/half-cycles")
	String halfCycles(@PathVariable String code, @RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("cellCode", code);
		model.addAttribute("table", AnalysisTables.halfCycles(this.analysis.halfCycles(code), all));
		return "analysis/tables :: halfCycles";
	}

	@GetMapping("/analysis/cells/{code}/tables/eis")
	String impedance(@PathVariable String code, Model model) {
		model.addAttribute("dataSets", AnalysisTables.impedance(this.analysis.impedance(code)));
		return "analysis/tables :: impedance";
	}

}
