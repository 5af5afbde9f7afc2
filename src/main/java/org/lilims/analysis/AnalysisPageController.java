package org.lilims.analysis;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisResults.ImpedanceResult;
import org.lilims.analysis.cycles.VoltageProfile;
import org.lilims.analysis.symmetric.HalfCycleMetrics;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The analysis panel of a cell's page, and its recompute button.
 */
@Controller
class AnalysisPageController {

	private final CellAnalysis analysis;

	private final AnalysisDashboard dashboard;

	private final VoltageWindows windows;

	AnalysisPageController(CellAnalysis analysis, AnalysisDashboard dashboard, VoltageWindows windows) {
		this.analysis = analysis;
		this.dashboard = dashboard;
		this.windows = windows;
	}

	@GetMapping(path = "/analysis/cells/{code}/charts/voltage", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	VoltageWindows.VoltageWindow voltage(@PathVariable String code,
			@RequestParam(required = false) @Nullable Integer fromCycle,
			@RequestParam(required = false) @Nullable Integer toCycle) {
		return this.windows.window(code, fromCycle, toCycle, null);
	}

	/** The home page's panel: running tests with their latest cycle, and cells that recently failed. */
	@GetMapping("/analysis/dashboard")
	String dashboard(Model model) {
		model.addAttribute("running", this.dashboard.running());
		model.addAttribute("alerts", this.dashboard.alerts());
		model.addAttribute("recentDays", AnalysisDashboard.RECENT.toDays());
		return "analysis/dashboard :: panel";
	}

	@GetMapping("/analysis/cells/{code}/panel")
	String panel(@PathVariable String code, Model model) {
		model.addAttribute("view", this.analysis.metrics(code));
		return "analysis/panel :: panel";
	}

	// the charts' data for the signed-in browser (the /api chain takes tokens and HTTP Basic, not the session)
	@GetMapping(path = "/analysis/cells/{code}/charts/cycles", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<CycleRow> cycles(@PathVariable String code) {
		return this.analysis.cycles(code);
	}

	@GetMapping(path = "/analysis/cells/{code}/charts/series", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<VoltageSeries> series(@PathVariable String code) {
		return this.analysis.series(code).map(ResponseEntity::ok).orElse(ResponseEntity.noContent().build());
	}

	@GetMapping(path = "/analysis/cells/{code}/charts/profiles", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<VoltageProfile> profiles(@PathVariable String code) {
		return this.analysis.profiles(code, null);
	}

	@GetMapping(path = "/analysis/cells/{code}/charts/half-cycles", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<HalfCycleMetrics> halfCycles(@PathVariable String code) {
		return this.analysis.halfCycles(code);
	}

	@GetMapping(path = "/analysis/cells/{code}/charts/eis", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<ImpedanceResult> eis(@PathVariable String code) {
		return this.analysis.impedance(code);
	}

	@GetMapping(path = "/analysis/steps/{id}/charts/deposition", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<AnalysisResults.DepositionResult> depositionSeries(@PathVariable long id) {
		return this.analysis.depositions(id);
	}

	@GetMapping("/analysis/steps/{id}/deposition")
	String depositionPanel(@PathVariable long id, Model model) {
		model.addAttribute("results", this.analysis.depositions(id));
		model.addAttribute("stepId", id);
		return "analysis/deposition :: panel";
	}

	@PostMapping("/analysis/cells/{code}/recompute")
	String recompute(@PathVariable String code, RedirectAttributes redirect) {
		this.analysis.recompute(code);
		redirect.addFlashAttribute("message", "Analysis of " + code + " queued again");
		return "redirect:/samples/" + code;
	}

}
