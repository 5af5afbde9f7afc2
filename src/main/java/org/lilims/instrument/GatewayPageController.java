package org.lilims.instrument;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The gateway in the browser: files per state, the instruments that send them, failed files with their reasons, the
 * inbox of files without a cell, and each cell's data files (a panel of the cell's page).
 */
@Controller
class GatewayPageController {

	private static final int ATTENTION = 5;

	private final InstrumentFiles files;

	GatewayPageController(InstrumentFiles files) {
		this.files = files;
	}

	@GetMapping("/gateway")
	String gateway(@RequestParam(required = false) @Nullable InstrumentFileState state, Model model) {
		model.addAttribute("overview", this.files.overview());
		model.addAttribute("states", InstrumentFileState.values());
		model.addAttribute("state", state);
		model.addAttribute("files", this.files.list(state));
		model.addAttribute("inbox", this.files.list(InstrumentFileState.UNMATCHED));
		model.addAttribute("recentCells", this.files.recentCellCodes());
		return "instrument/gateway";
	}

	@PostMapping("/gateway/files/{id}/reprocess")
	String reprocess(@PathVariable long id, RedirectAttributes redirect) {
		InstrumentFileView file = this.files.reprocess(id);
		redirect.addFlashAttribute("message", (file.state() == InstrumentFileState.RECEIVED)
				? "Queued " + file.originalName() + " for parsing; it is large, its state changes in a moment"
				: "Re-processed " + file.originalName() + ": " + file.state().name().toLowerCase(Locale.ROOT)
						+ ((file.failureReason() != null) ? " (" + file.failureReason() + ")" : ""));
		return "redirect:/gateway";
	}

	@GetMapping("/gateway/cell-files")
	String cellFiles(@RequestParam String cell, Model model) {
		model.addAttribute("cell", cell);
		model.addAttribute("files", this.files.ofCell(cell));
		model.addAttribute("emptyText", "No instrument file for this cell yet.");
		return "instrument/cell-files :: panel";
	}

	/** The home page's panel: files the gateway could not parse or match. */
	@GetMapping("/gateway/attention")
	String attention(Model model) {
		model.addAttribute("failed", this.files.list(InstrumentFileState.FAILED).stream().limit(ATTENTION).toList());
		model.addAttribute("unmatched",
				this.files.list(InstrumentFileState.UNMATCHED).stream().limit(ATTENTION).toList());
		model.addAttribute("failedCount", this.files.overview()
			.totals()
			.stream()
			.filter(total -> total.state() == InstrumentFileState.FAILED)
			.mapToLong(InstrumentFiles.StateTotal::files)
			.sum());
		return "instrument/attention :: panel";
	}

	@GetMapping("/gateway/step-files")
	String stepFiles(@RequestParam long step, Model model) {
		model.addAttribute("files", this.files.ofStep(step));
		model.addAttribute("emptyText", "No deposition log for this run yet.");
		return "instrument/cell-files :: panel";
	}

	@Bean
	static NavigationItem gatewayNavigation() {
		return NavigationItem.forRoles("Gateway", "/gateway", 300, "LAB_MEMBER", "AUDITOR")
			.describedAs("Files the instruments sent: parsed, linked to cells, or waiting in the inbox.");
	}

}
