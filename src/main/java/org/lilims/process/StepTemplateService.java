package org.lilims.process;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lilims.sample.SampleKind;
import org.lilims.shared.ConflictException;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.InvalidInputException.FieldProblem;
import org.lilims.shared.NotFoundException;
import org.lilims.shared.Unit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets administrators define step types for work no built-in type covers, with parameters validated exactly like
 * the built-in ones.
 */
@Service
@Transactional
class StepTemplateService {

	private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{2,63}");

	private static final Pattern PARAMETER_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

	private static final TypeReference<List<ParameterDefinition>> PARAMETERS = new TypeReference<>() {
	};

	private static final TypeReference<List<SampleKind>> KINDS = new TypeReference<>() {
	};

	private final StepTemplateRepository templates;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StepTemplateService(StepTemplateRepository templates, JsonMapper json, ApplicationEventPublisher events,
			Clock clock) {
		this.templates = templates;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	StepDefinition save(TemplateRequest request, Set<String> builtInNames, boolean creating) {
		String name = normaliseName(request.name());
		List<FieldProblem> problems = new ArrayList<>();
		if (!NAME.matcher(name).matches()) {
			problems.add(new FieldProblem("name", "must be 3 to 64 letters, digits or '_', starting with a letter"));
		}
		else if (builtInNames.contains(name)) {
			problems.add(new FieldProblem("name", name + " is a built-in step type"));
		}
		if (request.label() == null || request.label().isBlank()) {
			problems.add(new FieldProblem("label", "is required"));
		}
		Set<SampleKind> kinds = kinds(request.inputKinds(), problems);
		int min = (request.minInputs() != null) ? request.minInputs() : (kinds.isEmpty() ? 0 : 1);
		int max = (request.maxInputs() != null) ? request.maxInputs() : (kinds.isEmpty() ? 0 : Math.max(min, 1));
		if (min < 0 || max < min || max > 100) {
			problems.add(new FieldProblem("maxInputs", "inputs must satisfy 0 ≤ minInputs ≤ maxInputs ≤ 100"));
		}
		if (max > 0 && kinds.isEmpty()) {
			problems.add(new FieldProblem("inputKinds", "name the sample kinds the step takes"));
		}
		SampleKind produces = produces(request.produces(), problems);
		if (max == 0 && produces == null) {
			problems.add(new FieldProblem("produces", "a step without inputs must produce something"));
		}
		List<ParameterDefinition> parameters = (request.parameters() != null) ? request.parameters() : List.of();
		checkParameters(parameters, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<StepTemplate> existing = this.templates.findByName(name);
		if (creating && existing.isPresent()) {
			throw new ConflictException("A step template named " + name + " already exists");
		}
		StepTemplate template = existing.orElseGet(() -> new StepTemplate(name, CurrentActor.name(), this.clock.instant()));
		if (request.version() != null && existing.isPresent() && request.version() != template.getVersion()) {
			throw new ConflictException("Template " + name + " was changed by someone else since you loaded it; "
					+ "reload it and apply your change again");
		}
		template.define(request.label().trim(), blankToNull(request.description()), this.json.writeValueAsString(kinds),
				min, max, produces, this.json.writeValueAsString(parameters),
				request.active() == null || request.active(), this.clock.instant());
		this.templates.saveAndFlush(template);
		this.events.publishEvent(new StepTemplateChanged(name, existing.isPresent() ? "UPDATED" : "CREATED",
				java.util.Map.of("label", template.getLabel(), "active", template.isActive(), "parameters",
						parameters.stream().map(ParameterDefinition::name).toList())));
		return definition(template);
	}

	@Transactional(readOnly = true)
	List<StepDefinition> active() {
		return this.templates.findByActiveTrueOrderByName().stream().map(this::definition).toList();
	}

	@Transactional(readOnly = true)
	List<TemplateView> all() {
		return this.templates.findAllByOrderByName()
			.stream()
			.map(template -> new TemplateView(definition(template), template.isActive(), template.getVersion()))
			.toList();
	}

	@Transactional(readOnly = true)
	Optional<StepDefinition> findActive(String name) {
		return this.templates.findByName(normaliseName(name)).filter(StepTemplate::isActive).map(this::definition);
	}

	@Transactional(readOnly = true)
	TemplateView get(String name) {
		return this.templates.findByName(normaliseName(name))
			.map(template -> new TemplateView(definition(template), template.isActive(), template.getVersion()))
			.orElseThrow(() -> new NotFoundException("No step template named " + name));
	}

	private StepDefinition definition(StepTemplate template) {
		return TemplateStepType.definitionOf(template.getName(), template.getLabel(), template.getDescription(),
				Set.copyOf(this.json.readValue(template.getInputKinds(), KINDS)), template.getMinInputs(),
				template.getMaxInputs(), template.getProduces(), this.json.readValue(template.getParameters(), PARAMETERS));
	}

	private static void checkParameters(List<ParameterDefinition> parameters, List<FieldProblem> problems) {
		Set<String> names = new HashSet<>();
		for (int i = 0; i < parameters.size(); i++) {
			ParameterDefinition parameter = parameters.get(i);
			String field = "parameters[" + i + "].";
			if (parameter == null) {
				problems.add(new FieldProblem("parameters[" + i + "]", "is empty"));
				continue;
			}
			if (parameter.name() == null || !PARAMETER_NAME.matcher(parameter.name()).matches()) {
				problems.add(new FieldProblem(field + "name",
						"must be a camelCase identifier with the unit in it, e.g. plasmaPowerW"));
			}
			else if (!names.add(parameter.name())) {
				problems.add(new FieldProblem(field + "name", parameter.name() + " is defined twice"));
			}
			if (parameter.label() == null || parameter.label().isBlank()) {
				problems.add(new FieldProblem(field + "label", "is required"));
			}
			if (parameter.type() == null) {
				problems.add(new FieldProblem(field + "type", "is required: NUMBER, TEXT, CHOICE, DATE or BOOLEAN"));
				continue;
			}
			if (parameter.type() == ParameterType.LIST) {
				problems.add(new FieldProblem(field + "type", "lists are for built-in steps only"));
			}
			if (parameter.unit() != null && parameter.type() != ParameterType.NUMBER) {
				problems.add(new FieldProblem(field + "unit", "only numbers have units"));
			}
			if (parameter.unit() != null && Unit.parse(parameter.unit()).isEmpty()) {
				problems.add(new FieldProblem(field + "unit", "unknown unit '" + parameter.unit() + "'"));
			}
			if (parameter.min() != null && parameter.max() != null && parameter.min().compareTo(parameter.max()) > 0) {
				problems.add(new FieldProblem(field + "max", "must not be less than min"));
			}
			if (parameter.type() == ParameterType.CHOICE && parameter.choices().isEmpty()) {
				problems.add(new FieldProblem(field + "choices", "a choice needs at least one option"));
			}
		}
	}

	private static Set<SampleKind> kinds(@Nullable List<String> names, List<FieldProblem> problems) {
		Set<SampleKind> kinds = EnumSet.noneOf(SampleKind.class);
		for (String name : (names != null) ? names : List.<String>of()) {
			parseKind(name).ifPresentOrElse(kinds::add,
					() -> problems.add(new FieldProblem("inputKinds", "unknown sample kind '" + name + "'")));
		}
		return kinds;
	}

	private static @Nullable SampleKind produces(@Nullable String name, List<FieldProblem> problems) {
		if (name == null || name.isBlank()) {
			return null;
		}
		Optional<SampleKind> kind = parseKind(name);
		if (kind.isEmpty()) {
			problems.add(new FieldProblem("produces", "unknown sample kind '" + name + "'"));
		}
		return kind.orElse(null);
	}

	private static Optional<SampleKind> parseKind(@Nullable String name) {
		if (name == null) {
			return Optional.empty();
		}
		String normalised = name.trim().toUpperCase(Locale.ROOT);
		return java.util.Arrays.stream(SampleKind.values()).filter(kind -> kind.name().equals(normalised)).findFirst();
	}

	static String normaliseName(@Nullable String name) {
		return (name != null) ? name.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_") : "";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * A template as an administrator defines it.
	 */
	record TemplateRequest(@Nullable String name, @Nullable String label, @Nullable String description,
			@Nullable List<String> inputKinds, @Nullable Integer minInputs, @Nullable Integer maxInputs,
			@Nullable String produces, @Nullable List<ParameterDefinition> parameters, @Nullable Boolean active,
			@Nullable Long version) {
	}

	/**
	 * A template with its state.
	 */
	record TemplateView(StepDefinition definition, boolean active, long version) {
	}

}
