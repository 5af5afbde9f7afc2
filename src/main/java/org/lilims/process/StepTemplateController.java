package org.lilims.process;

import java.util.Arrays;
import java.util.List;

import org.lilims.sample.SampleKind;
import org.lilims.shared.ConflictException;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NavigationItem;
import org.lilims.shared.web.FormErrors;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators define step templates in the browser.
 */
@Controller
@RequestMapping("/admin/step-templates")
class StepTemplateController {

	private final StepTemplateService templates;

	private final StepCatalog catalog;

	StepTemplateController(StepTemplateService templates, StepCatalog catalog) {
		this.templates = templates;
		this.catalog = catalog;
	}

	@Bean
	static NavigationItem stepTemplateNavigation() {
		return NavigationItem.forRoles("Templates", "/admin/step-templates", 910, "ADMIN")
			.describedAs("Define step types with their parameters for work no built-in step covers.");
	}

	@ModelAttribute("sampleKinds")
	List<SampleKind> sampleKinds() {
		return Arrays.asList(SampleKind.values());
	}

	@ModelAttribute("parameterTypes")
	List<ParameterType> parameterTypes() {
		return Arrays.stream(ParameterType.values()).filter(type -> type != ParameterType.LIST).toList();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("templates", this.templates.all());
		return "process/step-templates";
	}

	@GetMapping("/new")
	String newTemplate(Model model) {
		model.addAttribute("form", new TemplateForm());
		model.addAttribute("creating", true);
		return "process/step-template-form";
	}

	@GetMapping("/{name}")
	String edit(@PathVariable String name, Model model) {
		model.addAttribute("form", TemplateForm.of(this.templates.get(name)));
		model.addAttribute("creating", false);
		return "process/step-template-form";
	}

	@PostMapping
	String create(@ModelAttribute("form") TemplateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(form, result, model, redirect, true);
	}

	@PostMapping("/{name}")
	String update(@PathVariable String name, @ModelAttribute("form") TemplateForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setName(name);
		return save(form, result, model, redirect, false);
	}

	private String save(TemplateForm form, BindingResult result, Model model, RedirectAttributes redirect,
			boolean creating) {
		try {
			StepDefinition saved = this.templates.save(form.toRequest(), this.catalog.builtInNames(), creating);
			redirect.addFlashAttribute("message", "Saved step template " + saved.name());
			return "redirect:/admin/step-templates";
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
		}
		model.addAttribute("creating", creating);
		return "process/step-template-form";
	}

}
