package org.lilims.cycling;

import java.util.List;

import org.lilims.cycling.CyclingRequests.CyclingTestChange;
import org.lilims.shared.ConflictException;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cycling panel of a cell's page, loaded with htmx: the cell's cycling tests with their status actions, its EIS
 * plans, and the form to plan a test. Forms post with htmx and get the panel back, with messages next to the fields.
 */
@Controller
class CyclingPageController {

	private final CyclingTestService tests;

	private final EisPlanService eisPlans;

	CyclingPageController(CyclingTestService tests, EisPlanService eisPlans) {
		this.tests = tests;
		this.eisPlans = eisPlans;
	}

	@GetMapping("/cycling/fragment")
	String panel(@RequestParam String cell, Model model) {
		return panel(cell, new CyclingTestForm(), model);
	}

	@PostMapping("/cells/{code}/cycling-tests")
	String plan(@PathVariable String code, @ModelAttribute("form") CyclingTestForm form, BindingResult result,
			Model model) {
		try {
			CyclingTestView planned = this.tests.plan(code, form.toRequest());
			model.addAttribute("message", "Planned cycling test " + planned.id() + " on " + planned.cycler()
					+ " channel " + planned.channel());
			return panel(code, new CyclingTestForm(), model);
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(withFormFieldNames(ex), result);
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
		}
		return panel(code, form, model);
	}

	@PostMapping("/cells/{code}/eis-plans")
	String planEis(@PathVariable String code, @ModelAttribute("eisForm") EisPlanForm form, BindingResult result,
			Model model) {
		try {
			EisPlanView planned = this.eisPlans.plan(code, form.toRequest());
			model.addAttribute("message", "Planned EIS on " + planned.potentiostat() + " after "
					+ planned.scheduledCycles().size() + " cycles");
			model.addAttribute("eisForm", new EisPlanForm());
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(new InvalidInputException(ex.problems()
				.stream()
				.map(problem -> problem.field().startsWith("schedule")
						? new InvalidInputException.FieldProblem("schedule", problem.message()) : problem)
				.toList()), result);
		}
		return panel(code, new CyclingTestForm(), model);
	}

	@PostMapping("/cycling-tests/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam String status,
			@RequestParam(required = false) String reason, @RequestParam long version, Model model) {
		CyclingTestView test = this.tests.get(id);
		try {
			this.tests.change(id, new CyclingTestChange(status, reason, null, version));
			model.addAttribute("message", "Cycling test " + id + " is now " + status.toLowerCase());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		catch (ConflictException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return panel(test.cellCode(), new CyclingTestForm(), model);
	}

	private String panel(String cell, CyclingTestForm form, Model model) {
		List<CyclingTestView> cellTests = this.tests.ofCell(cell);
		model.addAttribute("cell", cell);
		model.addAttribute("tests", cellTests);
		model.addAttribute("eisPlans", this.eisPlans.ofCell(cell));
		model.addAttribute("protocolTypes", ProtocolType.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		if (!model.containsAttribute("eisForm")) {
			model.addAttribute("eisForm", new EisPlanForm());
		}
		return "cycling/panel :: panel";
	}

	/** The service names protocol fields {@code protocol.x}; the form has them flat. */
	private static InvalidInputException withFormFieldNames(InvalidInputException ex) {
		return new InvalidInputException(ex.problems().stream().map(problem -> {
			String field = problem.field();
			if (field.equals("protocol.type") || field.equals("protocol")) {
				field = "protocolType";
			}
			else if (field.startsWith("protocol.")) {
				field = field.substring("protocol.".length());
			}
			return new InvalidInputException.FieldProblem(field, problem.message());
		}).toList());
	}

}
