package org.lilims.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleView;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NavigationItem;
import org.lilims.shared.NotFoundException;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The step pages: choose a step type, record a step in a form generated from its definition, look at a recorded step;
 * and the parameters panel and "next step" link of the sample pages.
 */
@Controller
class StepController {

	/** Units offered for consumed amounts and lot quantities. */
	static final List<String> UNITS = List.of("cm²", "mm²", "pcs", "µL", "mL", "L");

	private final StepService steps;

	private final StepCatalog catalog;

	private final SampleApi samples;

	private final ParameterRows parameterRows;

	StepController(StepService steps, StepCatalog catalog, SampleApi samples, ParameterRows parameterRows) {
		this.steps = steps;
		this.catalog = catalog;
		this.samples = samples;
		this.parameterRows = parameterRows;
	}

	@Bean
	static NavigationItem recordStepNavigation() {
		return NavigationItem.forRoles("Record step", "/steps/new", 110, "LAB_MEMBER")
			.describedAs("Receive lots and record roll-pressing, PVD coating, punching, cell assembly and post-mortem.");
	}

	@GetMapping("/steps/new")
	String newStep(@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String input, Model model) {
		model.addAttribute("input", input);
		if (type == null || type.isBlank()) {
			model.addAttribute("definitions", this.catalog.definitions());
			return "process/choose";
		}
		StepDefinition definition = definition(type);
		FormState form = new FormState();
		int row = 0;
		for (InputSlot slot : definition.inputs()) {
			for (int i = 0; i < Math.min(Math.max(slot.min(), 1), slot.max()); i++) {
				form.put("inputs[" + row + "].role", slot.role());
				form.put("inputs[" + row + "].consumed.unit", stockUnit(slot));
				row++;
			}
		}
		Optional<SampleView> given = (input != null) ? this.samples.find(input.trim()) : Optional.empty();
		given.flatMap(sample -> firstRowFor(definition, form, sample))
			.ifPresent(field -> form.put(field, given.get().code()));
		return form(definition, form, model);
	}

	@PostMapping("/steps")
	String record(@RequestParam MultiValueMap<String, String> submitted, Model model, RedirectAttributes redirect) {
		FormState form = FormState.of(submitted);
		StepDefinition definition = definition(form.value("type"));
		try {
			StepRequests.StepRequest request = FormRequests.step(definition.name(), definition, form);
			if (!form.hasErrors()) {
				StepResult result = this.steps.record(request);
				redirect.addFlashAttribute("message", "Recorded " + definition.label().toLowerCase() + " (step "
						+ result.stepId() + "): made " + String.join(", ", result.produced()));
				return "redirect:/samples/" + result.produced().get(0);
			}
		}
		catch (InvalidInputException ex) {
			form.reject(ex);
		}
		return form(definition, form, model);
	}

	@GetMapping("/steps/{id}")
	String show(@PathVariable long id, Model model) {
		StepView step;
		try {
			step = this.steps.find(id);
		}
		catch (NotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		model.addAttribute("step", step);
		Optional<StepDefinition> definition = this.catalog.find(step.type()).map(StepType::definition);
		model.addAttribute("label", definition.map(StepDefinition::label).orElse(step.type()));
		model.addAttribute("parameters", this.parameterRows.of(step.parameters(),
				definition.map(StepDefinition::parameters).orElse(List.of())));
		return "process/step";
	}

	/** The "next step" of a sample page: the usual next step of the common path, with the sample as its input. */
	@GetMapping("/steps/next")
	String next(@RequestParam String from) {
		SampleView sample = this.samples.find(from)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No sample with code " + from));
		UriComponentsBuilder target = UriComponentsBuilder.fromPath("/steps/new");
		GuidedFlow.nextStep(sample.kind()).ifPresent(type -> target.queryParam("type", type));
		return "redirect:" + target.queryParam("input", sample.code()).build().encode().toUriString();
	}

	/** The parameters panel of a sample page, loaded by htmx. */
	@GetMapping("/steps/parameters")
	String sampleParameters(@RequestParam String code, Model model) {
		SampleView sample = this.samples.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No sample with code " + code));
		List<ParameterDefinition> definitions = (sample.producedByStepType() != null)
				? this.catalog.find(sample.producedByStepType())
					.map(type -> type.definition().parameters())
					.orElse(List.of())
				: LotTypes.PARAMETERS.getOrDefault(sample.kind(), List.of());
		model.addAttribute("parameters", this.parameterRows.of(sample.parameters(), definitions));
		return "process/parameters :: parameters";
	}

	private String form(StepDefinition definition, FormState form, Model model) {
		Map<String, InputSlot> slots = new LinkedHashMap<>();
		definition.inputs().forEach(slot -> slots.put(slot.role(), slot));
		model.addAttribute("definition", definition);
		model.addAttribute("form", form);
		model.addAttribute("slots", slots);
		model.addAttribute("units", UNITS);
		return "process/step-form";
	}

	private static Optional<String> firstRowFor(StepDefinition definition, FormState form, SampleView sample) {
		for (int row = 0; row < form.rows("inputs", 0); row++) {
			String role = form.value("inputs[" + row + "].role");
			boolean fits = definition.inputs()
				.stream()
				.anyMatch(slot -> slot.role().equals(role) && slot.kinds().contains(sample.kind()));
			if (fits) {
				return Optional.of("inputs[" + row + "].code");
			}
		}
		return Optional.empty();
	}

	private static String stockUnit(InputSlot slot) {
		return slot.kinds().iterator().next().stockUnit().symbol();
	}

	private StepDefinition definition(String type) {
		return this.catalog.find(type)
			.map(StepType::definition)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No step type " + type));
	}

}
