package org.lilims.process;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.lilims.sample.SampleKind;
import org.lilims.sample.SampleView;
import org.lilims.shared.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lot receipt form, generated from the lot kind's parameter definitions.
 */
@Controller
class LotController {

	private final StepService steps;

	LotController(StepService steps) {
		this.steps = steps;
	}

	@GetMapping("/lots/new")
	String newLot(@RequestParam(defaultValue = "LI_FOIL_LOT") String kind, Model model) {
		SampleKind lotKind = lotKind(kind);
		FormState form = new FormState();
		form.put("quantity.unit", lotKind.stockUnit().symbol());
		return form(lotKind, form, model);
	}

	@PostMapping("/lots")
	String register(@RequestParam MultiValueMap<String, String> submitted, Model model, RedirectAttributes redirect) {
		FormState form = FormState.of(submitted);
		SampleKind kind = lotKind(form.value("kind"));
		try {
			StepRequests.LotRequest request = FormRequests.lot(kind.name(), this.steps.lotParameters(kind), form);
			if (!form.hasErrors()) {
				SampleView lot = this.steps.registerLot(request);
				redirect.addFlashAttribute("message", "Received " + kind.label().toLowerCase(Locale.ROOT) + " " + lot.code());
				return "redirect:/samples/" + lot.code();
			}
		}
		catch (InvalidInputException ex) {
			form.reject(ex);
		}
		return form(kind, form, model);
	}

	private String form(SampleKind kind, FormState form, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", Arrays.stream(SampleKind.values()).filter(SampleKind::isLot).toList());
		model.addAttribute("parameters", this.steps.lotParameters(kind));
		model.addAttribute("form", form);
		model.addAttribute("units", StepController.UNITS);
		return "process/lot-form";
	}

	private static SampleKind lotKind(String kind) {
		List<SampleKind> lots = Arrays.stream(SampleKind.values()).filter(SampleKind::isLot).toList();
		return lots.stream()
			.filter(candidate -> candidate.name().equalsIgnoreCase(kind.trim()))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No lot kind " + kind));
	}

}
