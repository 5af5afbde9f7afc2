package org.lilims.study;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NavigationItem;
import org.lilims.study.StudyRequests.NewArm;
import org.lilims.study.StudyRequests.NewExclusion;
import org.lilims.study.StudyRequests.NewStudy;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Studies in the browser: the list with a form defining arms by coating, configuration and current densities, and a
 * study's comparison table with its exclusion form.
 */
@Controller
@RequestMapping("/studies")
class StudyController {

	/** Arm rows offered by the create form. */
	static final int ARM_ROWS = 6;

	/** The voltage profiles overlaid unless others are asked for. */
	static final List<Integer> DEFAULT_PROFILE_CYCLES = List.of(1, 100);

	private final StudyService studies;

	private final StudyHighlights highlights;

	private final JsonMapper json;

	StudyController(StudyService studies, StudyHighlights highlights, JsonMapper json) {
		this.studies = studies;
		this.highlights = highlights;
		this.json = json;
	}

	@Bean
	static NavigationItem studyNavigation() {
		return NavigationItem.forEveryone("Studies", "/studies", 150)
			.describedAs("Compare coatings across replicate cells: arms by coating, configuration and current density.");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("studies", this.studies.list());
		model.addAttribute("metrics", this.studies.metricDefinitions());
		model.addAttribute("armRows", ARM_ROWS);
		return "study/list";
	}

	/** The home page's panel for PIs: the newest studies with their arms' changes versus the reference. */
	@GetMapping("/home-panel")
	String homePanel(Model model) {
		model.addAttribute("studies", this.highlights.newest());
		return "study/home-panel :: panel";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("study", this.studies.get(id));
		model.addAttribute("windows", CycleWindows.DEFAULT);
		summarise(id, model);
		return "study/detail";
	}

	/**
	 * The study as one printable page (table, charts, cells; no forms or audit trail), with the voltage windows of
	 * {@code cycles} (default 75, 200, 275).
	 */
	@GetMapping("/{id}/report")
	String report(@PathVariable long id, @RequestParam(required = false) @Nullable String cycles, Model model) {
		String windows = (cycles != null && !cycles.isBlank()) ? cycles.trim() : CycleWindows.DEFAULT;
		CycleWindows.parse(windows);
		model.addAttribute("study", this.studies.get(id));
		model.addAttribute("windows", windows);
		model.addAttribute("generatedAt", OffsetDateTime.now(ZoneOffset.UTC));
		summarise(id, model);
		return "study/report";
	}

	/**
	 * The summary, computed once per page: the table and, as JSON embedded in the page, every per-metric chart ("&lt;"
	 * written as its escape, so no value can close the script element).
	 */
	private void summarise(long id, Model model) {
		StudySummary summary = this.studies.summary(id);
		model.addAttribute("summary", summary);
		model.addAttribute("summaryJson", this.json.writeValueAsString(summary).replace("<", "\\u003c"));
		model.addAttribute("plots", StudyPlots.of(summary));
	}

	/** The summary for the page's charts (the API chain does not take the browser's session). */
	@GetMapping("/{id}/summary")
	@ResponseBody
	StudySummary summary(@PathVariable long id) {
		return this.studies.summary(id);
	}

	/** Every full cell's state of health per cycle and each arm's mean, for the retention chart. */
	@GetMapping("/{id}/retention")
	@ResponseBody
	StudyRetention retention(@PathVariable long id) {
		return this.studies.retention(id);
	}

	/** R_int against cycle of every included cell with impedance data, one curve per cell. */
	@GetMapping("/{id}/interphase-resistance")
	@ResponseBody
	StudyCurves interphaseResistance(@PathVariable long id) {
		return this.studies.interphaseResistance(this.studies.membership(id));
	}

	/** Nyquist plot of every included cell's newest impedance spectrum with its fitted circuit. */
	@GetMapping("/{id}/nyquist")
	@ResponseBody
	StudyCurves nyquist(@PathVariable long id) {
		return this.studies.nyquist(this.studies.membership(id));
	}

	/**
	 * Deposition rate and thickness against time of the PVD coating runs behind the arms' included coated cells (each
	 * distinct electrode's ancestors walked here, not on the page).
	 */
	@GetMapping("/{id}/deposition")
	@ResponseBody
	StudyDeposition deposition(@PathVariable long id) {
		return this.studies.deposition(this.studies.membership(id));
	}

	/**
	 * Voltage profiles of those cycles (default 1 and 100) of every included cell, or of those of one configuration
	 * ({@code SYMMETRIC}, {@code FULL_CELL}: their voltages differ by two orders), thinned on the server.
	 */
	@GetMapping("/{id}/profiles")
	@ResponseBody
	StudyCurves profiles(@PathVariable long id, @RequestParam(required = false) @Nullable List<Integer> cycles,
			@RequestParam(required = false) @Nullable String configuration) {
		return this.studies.profiles(this.studies.membership(id),
				(cycles != null && !cycles.isEmpty()) ? cycles : DEFAULT_PROFILE_CYCLES, configuration);
	}

	/** Voltage against time of the symmetric cells in the cycle windows (default 75, 200, 275), side by side. */
	@GetMapping("/{id}/voltage-windows")
	@ResponseBody
	StudyCurves voltageWindows(@PathVariable long id, @RequestParam(required = false) @Nullable String cycles) {
		CycleWindows windows = CycleWindows.parse((cycles != null && !cycles.isBlank()) ? cycles : CycleWindows.DEFAULT);
		return this.studies.voltageWindows(this.studies.membership(id), windows);
	}

	@PostMapping
	String create(@RequestParam String name, @RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable String project,
			@RequestParam(required = false) @Nullable List<String> metrics, @RequestParam String referenceArm,
			@RequestParam(required = false) @Nullable List<String> armName,
			@RequestParam(required = false) @Nullable List<String> armCoating,
			@RequestParam(required = false) @Nullable List<String> armConfiguration,
			@RequestParam(required = false) @Nullable List<String> armCurrentDensity,
			@RequestParam(required = false) @Nullable String crossWith, RedirectAttributes redirect) {
		String next = attempt(redirect, "/studies", () -> {
			List<NewArm> arms = new ArrayList<>();
			List<String> names = (armName != null) ? armName : List.of();
			for (int i = 0; i < names.size(); i++) {
				if (names.get(i) != null && !names.get(i).isBlank()) {
					arms.add(new NewArm(names.get(i), at(armCoating, i), at(armConfiguration, i),
							number(at(armCurrentDensity, i), "arms[" + arms.size() + "].currentDensityMaPerCm2")));
				}
			}
			List<BigDecimal> densities = new ArrayList<>();
			if (crossWith != null) {
				for (String part : crossWith.split("[,;\\s]+")) {
					if (!part.isBlank()) {
						densities.add(number(part, "crossWithCurrentDensities"));
					}
				}
			}
			StudyView study = this.studies.create(new NewStudy(name, description, project, metrics, referenceArm,
					arms, densities));
			redirect.addFlashAttribute("message", "Created study " + study.name());
			return "redirect:/studies/" + study.id();
		});
		if (next.equals("redirect:/studies")) {
			redirect.addFlashAttribute("form", new StudyForm(name, description, project, referenceArm, orEmpty(metrics),
					orEmpty(armName), orEmpty(armCoating), orEmpty(armConfiguration), orEmpty(armCurrentDensity),
					crossWith));
		}
		return next;
	}

	@PostMapping("/{id}/exclusions")
	String exclude(@PathVariable long id, @RequestParam String cellCode, @RequestParam String reason,
			RedirectAttributes redirect) {
		return attempt(redirect, "/studies/" + id, () -> {
			this.studies.exclude(id, new NewExclusion(cellCode, reason));
			redirect.addFlashAttribute("message", "Excluded " + cellCode.trim().toUpperCase() + ": " + reason.trim());
			return "redirect:/studies/" + id;
		});
	}

	/** Cycle windows that cannot be read: 400 with the reason, which the chart shows. */
	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
		return ResponseEntity.badRequest().body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage()));
	}

	private static List<String> orEmpty(@Nullable List<String> values) {
		return (values != null) ? values : List.of();
	}

	private static @Nullable String at(@Nullable List<String> values, int index) {
		return (values != null && index < values.size()) ? values.get(index) : null;
	}

	private static @Nullable BigDecimal number(@Nullable String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, "is not a number: " + text);
		}
	}

	/** Runs a change; a refused one goes back to the page with the reason. */
	private static String attempt(RedirectAttributes redirect, String back, Supplier<String> change) {
		try {
			return change.get();
		}
		catch (InvalidInputException | AccessDeniedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:" + back;
	}

}
