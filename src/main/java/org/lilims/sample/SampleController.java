package org.lilims.sample;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.lilims.shared.ConflictException;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NavigationItem;
import org.lilims.shared.web.FormErrors;

import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sample pages: list with filters, "go to code", detail with genealogy and edit form, printable label.
 */
@Controller
class SampleController {

	private static final int PAGE_SIZE = 25;

	private final SampleService samples;

	SampleController(SampleService samples) {
		this.samples = samples;
	}

	@Bean
	static NavigationItem samplesNavigation() {
		return NavigationItem.forEveryone("Samples", "/samples", 100)
			.describedAs("Every lot, foil, electrode, cell and specimen with its genealogy, files and audit trail.");
	}

	@GetMapping("/samples")
	String list(SampleFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.samples.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				SampleFilter.NEWEST_FIRST)));
		model.addAttribute("pageLink", pageLink(filter));
		model.addAttribute("kinds", SampleKind.values());
		model.addAttribute("statuses", SampleStatus.values());
		return "sample/list";
	}

	/** Where a typed or scanned code leads: its page, or the list of near matches with a message. */
	@GetMapping("/samples/go")
	String go(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
		String wanted = code.trim().toUpperCase(Locale.ROOT);
		if (!wanted.isEmpty() && this.samples.find(wanted).isPresent()) {
			return "redirect:/samples/" + wanted;
		}
		redirect.addFlashAttribute("flashError", wanted.isEmpty() ? "Type or scan a sample code, e.g. LI-0001"
				: "No sample with code " + wanted + "; samples matching it are listed below");
		redirect.addAttribute("q", code.trim());
		return "redirect:/samples";
	}

	@GetMapping("/samples/{code}")
	String show(@PathVariable String code, Model model, HttpServletRequest request) {
		String canonical = code.toUpperCase(Locale.ROOT);
		if (!canonical.equals(code) && this.samples.find(canonical).isPresent()) {
			return "redirect:/samples/" + canonical;
		}
		SampleView sample = sample(code);
		return detail(sample, SampleEditForm.of(sample), model, request);
	}

	@PostMapping("/samples/{code}")
	String update(@PathVariable String code, @ModelAttribute("form") SampleEditForm form, BindingResult result,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			this.samples.update(code, form.toUpdate());
			redirect.addFlashAttribute("message", "Saved " + code);
			return "redirect:/samples/" + code;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage() + ". Your input is kept below: compare it with the current"
					+ " values and save again to apply it.");
			model.addAttribute("conflict", true);
			form.setVersion(sample(code).version());
		}
		return detail(sample(code), form, model, request);
	}

	@GetMapping("/samples/{code}/label")
	String label(@PathVariable String code, Model model) {
		SampleView sample = sample(code);
		model.addAttribute("sample", sample);
		model.addAttribute("qr", QrCodeSvg.of(sample.code()));
		return "sample/label";
	}

	private String detail(SampleView sample, SampleEditForm form, Model model, HttpServletRequest request) {
		model.addAttribute("sample", sample);
		model.addAttribute("form", form);
		model.addAttribute("statuses", SampleStatus.values());
		model.addAttribute("lineage", LineageSvg.render(this.samples.lineage(sample.code(), true),
				this.samples.lineage(sample.code(), false), request.getContextPath() + "/samples/",
				request.getContextPath() + "/steps/"));
		return "sample/detail";
	}

	private SampleView sample(String code) {
		Optional<SampleView> sample = this.samples.find(code);
		return sample.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No sample with code " + code));
	}

	/** The list's address with the current filters and {@code page=} last, for the pager. */
	private static String pageLink(SampleFilter filter) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/samples");
		addIfPresent(link, "q", filter.q());
		addIfPresent(link, "kind", filter.kind());
		addIfPresent(link, "coating", filter.coating());
		addIfPresent(link, "status", filter.status());
		addIfPresent(link, "owner", filter.owner());
		addIfPresent(link, "from", filter.from());
		addIfPresent(link, "to", filter.to());
		return link.queryParam("page", "").build().encode().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder link, String name, @Nullable Object value) {
		if (value != null && !value.toString().isBlank()) {
			link.queryParam(name, value);
		}
	}

}
