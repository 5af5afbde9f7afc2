package org.lilims.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.process.StepRequests.InputRequest;
import org.lilims.process.StepRequests.LotRequest;
import org.lilims.process.StepRequests.QuantityInput;
import org.lilims.process.StepRequests.StepRequest;
import org.lilims.project.ProjectAccess;
import org.lilims.sample.Consumption;
import org.lilims.sample.Derivation;
import org.lilims.sample.NewSample;
import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleKind;
import org.lilims.sample.SampleStatus;
import org.lilims.sample.SampleView;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.InvalidInputException.FieldProblem;
import org.lilims.shared.NotFoundException;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records steps and received lots: validates everything first and reports every problem at once; then stores the
 * step and lets the sample module consume the inputs and create the outputs, all in one transaction, so a refused
 * request changes nothing.
 */
@Service
@Transactional
class StepService implements ProcessApi {

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private static final TypeReference<List<Map<String, Object>>> JSON_LIST = new TypeReference<>() {
	};

	private static final TypeReference<List<String>> JSON_STRINGS = new TypeReference<>() {
	};

	private final StepCatalog catalog;

	private final SampleApi samples;

	private final ProcessStepRepository steps;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ProjectAccess projects;

	StepService(StepCatalog catalog, SampleApi samples, ProcessStepRepository steps, JsonMapper json,
			ApplicationEventPublisher events, Clock clock, ProjectAccess projects) {
		this.projects = projects;
		this.catalog = catalog;
		this.samples = samples;
		this.steps = steps;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	StepResult record(StepRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		if (request.type() == null || request.type().isBlank()) {
			throw new InvalidInputException("type", "is required; one of " + String.join(", ", this.catalog.names()));
		}
		StepType type = this.catalog.find(request.type())
			.orElseThrow(() -> new InvalidInputException("type",
					"unknown step type '" + request.type() + "'; known: " + String.join(", ", this.catalog.names())));
		StepDefinition definition = type.definition();
		Map<String, Object> parameters = ParameterValidator.validate(definition.parameters(), request.parameters(),
				"parameters.", problems);
		List<StepType.Input> inputs = resolveInputs(definition, request.inputs(), problems);
		StepType.Context context = new StepType.Context(parameters, inputs, blankToNull(request.name()),
				blankToNull(request.location()), blankToNull(request.notes()));
		if (problems.isEmpty()) {
			type.check(context, problems);
		}
		List<Consumption> consumed = problems.isEmpty() ? consumptions(type, context, problems) : List.of();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Instant now = this.clock.instant();
		String project = this.projects.projectForNewRecord(request.project(),
				inputs.isEmpty() ? null : inputs.get(0).sample().project(), "project");
		ProcessStep step = this.steps.saveAndFlush(new ProcessStep(definition.name(), project,
				this.json.writeValueAsString(parameters), this.json.writeValueAsString(describe(consumed)),
				(request.operator() != null) ? request.operator() : CurrentActor.name(),
				(request.performedAt() != null) ? request.performedAt() : now, blankToNull(request.notes()),
				CurrentActor.name(), now));
		List<SampleView> produced = this.samples
			.derive(new Derivation(step.getId(), definition.name(), project, consumed, type.outputs(context, consumed)));
		List<String> codes = produced.stream().map(SampleView::code).toList();
		step.recordProduced(this.json.writeValueAsString(codes));
		Map<String, Object> audit = new LinkedHashMap<>();
		audit.put("type", definition.name());
		audit.put("inputs", describe(consumed));
		audit.put("parameters", parameters);
		audit.put("produced", codes);
		this.events.publishEvent(new StepRecorded(step.getId(), audit));
		return new StepResult(step.getId(), definition.name(), codes, produced);
	}

	@Override
	public String receiveLot(NewLot lot) {
		return registerLot(new LotRequest(lot.kind(), lot.name(),
				new StepRequests.QuantityInput(lot.quantity(), lot.unit()), lot.parameters(), null, null, lot.project()))
			.code();
	}

	@Override
	public RecordedStep recordStep(NewStep step) {
		List<InputRequest> inputs = step.inputs()
			.stream()
			.map(input -> new InputRequest(input.code(),
					(input.consumed() != null) ? new StepRequests.QuantityInput(input.consumed(), input.consumedUnit())
							: null,
					input.role()))
			.toList();
		StepResult result = record(new StepRequest(step.type(), inputs, step.parameters(), null, step.performedAt(),
				step.notes(), step.name(), null, step.project()));
		return new RecordedStep(result.stepId(), result.produced());
	}

	SampleView registerLot(LotRequest request) {
		List<FieldProblem> problems = new ArrayList<>();
		SampleKind kind = lotKind(request.kind());
		Map<String, Object> parameters = ParameterValidator.validate(LotTypes.PARAMETERS.get(kind),
				request.parameters(), "parameters.", problems);
		Quantity quantity = lotQuantity(kind, request.quantity(), parameters, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String project = this.projects.projectForNewRecord(request.project(), null, "project");
		return this.samples.register(new NewSample(kind, blankToNull(request.name()), quantity, null,
				blankToNull(request.location()), blankToNull(request.notes()), parameters), project);
	}

	List<ParameterDefinition> lotParameters(SampleKind kind) {
		return LotTypes.PARAMETERS.get(kind);
	}

	@Transactional(readOnly = true)
	StepView find(long id) {
		ProcessStep step = this.steps.findById(id).orElseThrow(() -> new NotFoundException("No step with id " + id));
		return new StepView(step.getId(), step.getType(), step.getProjectCode(), this.json.readValue(step.getParameters(), JSON_OBJECT),
				this.json.readValue(step.getInputs(), JSON_LIST), this.json.readValue(step.getProduced(), JSON_STRINGS),
				step.getOperator(), step.getPerformedAt(), step.getNotes(), step.getCreatedBy(), step.getCreatedAt());
	}

	private List<StepType.Input> resolveInputs(StepDefinition definition, @Nullable List<InputRequest> requested,
			List<FieldProblem> problems) {
		List<InputRequest> given = (requested != null) ? requested : List.of();
		List<StepType.Input> inputs = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			InputRequest input = given.get(i);
			String field = "inputs[" + i + "]";
			if (input == null || input.code() == null || input.code().isBlank()) {
				problems.add(new FieldProblem(field + ".code", "is required"));
				continue;
			}
			Optional<SampleView> sample = this.samples.find(input.code().trim());
			if (sample.isEmpty()) {
				problems.add(new FieldProblem(field + ".code", "no sample with code " + input.code()));
				continue;
			}
			if (sample.get().status() != SampleStatus.AVAILABLE) {
				problems.add(new FieldProblem(field + ".code", sample.get().code() + " is "
						+ sample.get().status().name().toLowerCase(Locale.ROOT) + " and cannot be used"));
				continue;
			}
			Quantity requestedAmount = quantity(input.consumed(), field + ".consumed", problems);
			int index = i;
			roleFor(definition, input, sample.get(), inputs, field, problems)
				.ifPresent(role -> inputs.add(new StepType.Input(index, role, sample.get(), requestedAmount)));
		}
		for (InputSlot slot : definition.inputs()) {
			long count = inputs.stream().filter(input -> input.role().equals(slot.role())).count();
			if (count < slot.min() || count > slot.max()) {
				problems.add(new FieldProblem("inputs", definition.label() + " takes "
						+ ((slot.min() == slot.max()) ? "exactly " + slot.min() : slot.min() + " to " + slot.max())
						+ " " + slot.label().toLowerCase(Locale.ROOT) + " input(s) (" + kindsText(slot) + "), got "
						+ count));
			}
		}
		return inputs;
	}

	private static Optional<String> roleFor(StepDefinition definition, InputRequest input, SampleView sample,
			List<StepType.Input> assigned, String field, List<FieldProblem> problems) {
		if (input.role() != null && !input.role().isBlank()) {
			Optional<InputSlot> slot = definition.inputs()
				.stream()
				.filter(candidate -> candidate.role().equals(input.role().trim()))
				.findFirst();
			if (slot.isEmpty()) {
				problems.add(new FieldProblem(field + ".role", "unknown role '" + input.role() + "'; "
						+ definition.name() + " takes "
						+ String.join(", ", definition.inputs().stream().map(InputSlot::role).toList())));
				return Optional.empty();
			}
			if (!slot.get().kinds().contains(sample.kind())) {
				problems.add(new FieldProblem(field + ".code", sample.code() + " is a "
						+ sample.kind().label().toLowerCase(Locale.ROOT) + "; role " + slot.get().role() + " takes "
						+ kindsText(slot.get())));
				return Optional.empty();
			}
			return Optional.of(slot.get().role());
		}
		for (InputSlot slot : definition.inputs()) {
			long used = assigned.stream().filter(other -> other.role().equals(slot.role())).count();
			if (slot.kinds().contains(sample.kind()) && used < slot.max()) {
				return Optional.of(slot.role());
			}
		}
		problems.add(new FieldProblem(field + ".code", sample.code() + " is a "
				+ sample.kind().label().toLowerCase(Locale.ROOT) + ", which " + definition.label().toLowerCase(Locale.ROOT)
				+ " does not take (or not that many); it takes "
				+ String.join("; ", definition.inputs().stream().map(slot -> slot.role() + ": " + kindsText(slot)).toList())));
		return Optional.empty();
	}

	private static List<Consumption> consumptions(StepType type, StepType.Context context, List<FieldProblem> problems) {
		List<Consumption> consumed = new ArrayList<>();
		for (StepType.Input input : context.inputs()) {
			Quantity amount = (input.requested() != null) ? input.requested() : type.defaultConsumption(context, input);
			if (amount == null) {
				problems.add(new FieldProblem("inputs[" + input.index() + "].consumed",
						"is required: say how much of " + input.sample().code() + " is used (in "
								+ input.sample().kind().stockUnit().symbol() + ")"));
				continue;
			}
			Unit stockUnit = input.sample().kind().stockUnit();
			if (!amount.unit().convertibleTo(stockUnit)) {
				problems.add(new FieldProblem("inputs[" + input.index() + "].consumed",
						"unit " + amount.unit().symbol() + " does not fit " + input.sample().code() + ", a "
								+ input.sample().kind().label().toLowerCase(Locale.ROOT) + " counted in "
								+ stockUnit.symbol()));
				continue;
			}
			consumed.add(new Consumption(input.sample().code(), amount, input.role()));
		}
		return consumed;
	}

	private static @Nullable Quantity quantity(@Nullable QuantityInput input, String field,
			List<FieldProblem> problems) {
		if (input == null) {
			return null;
		}
		if (input.value() == null) {
			problems.add(new FieldProblem(field + ".value", "is required"));
			return null;
		}
		Optional<Unit> unit = Unit.parse(input.unit());
		if (unit.isEmpty()) {
			problems.add(new FieldProblem(field + ".unit",
					(input.unit() == null) ? "is required" : "unknown unit '" + input.unit() + "'"));
			return null;
		}
		if (input.value().signum() < 0) {
			problems.add(new FieldProblem(field + ".value", "must not be negative"));
			return null;
		}
		return new Quantity(input.value(), unit.get());
	}

	private static SampleKind lotKind(@Nullable String kind) {
		List<String> lotKinds = java.util.Arrays.stream(SampleKind.values()).filter(SampleKind::isLot).map(Enum::name).toList();
		if (kind == null || kind.isBlank()) {
			throw new InvalidInputException("kind", "is required; one of " + String.join(", ", lotKinds));
		}
		String normalised = kind.trim().toUpperCase(Locale.ROOT);
		String withSuffix = normalised.endsWith("_LOT") ? normalised : normalised + "_LOT";
		return java.util.Arrays.stream(SampleKind.values())
			.filter(SampleKind::isLot)
			.filter(candidate -> candidate.name().equals(withSuffix))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("kind",
					"unknown lot kind '" + kind + "'; one of " + String.join(", ", lotKinds)));
	}

	private static @Nullable Quantity lotQuantity(SampleKind kind, @Nullable QuantityInput input,
			Map<String, Object> parameters, List<FieldProblem> problems) {
		Quantity quantity = quantity(input, "quantity", problems);
		if (quantity != null) {
			if (!quantity.unit().convertibleTo(kind.stockUnit())) {
				problems.add(new FieldProblem("quantity.unit", "a " + kind.label().toLowerCase(Locale.ROOT)
						+ " is counted in " + kind.stockUnit().symbol() + ", not " + quantity.unit().symbol()));
				return null;
			}
			if (quantity.isZero()) {
				problems.add(new FieldProblem("quantity.value", "must be more than zero"));
			}
			return quantity;
		}
		if (input == null && parameters.get("widthMm") instanceof BigDecimal width
				&& parameters.get("lengthMm") instanceof BigDecimal length) {
			return new Quantity(width.multiply(length).divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP),
					Unit.SQUARE_CENTIMETRE);
		}
		if (input == null) {
			problems.add(new FieldProblem("quantity", "is required: how much was received (in "
					+ kind.stockUnit().symbol() + ")"
					+ (kind.stockUnit() == Unit.SQUARE_CENTIMETRE ? ", or give widthMm and lengthMm" : "")));
		}
		return null;
	}

	private static List<Map<String, Object>> describe(List<Consumption> consumed) {
		return consumed.stream().map(consumption -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("code", consumption.code());
			entry.put("role", consumption.role());
			entry.put("consumed", Map.of("value", consumption.amount().value(), "unit", consumption.amount().unit().symbol()));
			return entry;
		}).toList();
	}

	private static String kindsText(InputSlot slot) {
		return String.join(" or ", slot.kinds().stream().map(kind -> kind.label().toLowerCase(Locale.ROOT)).sorted().toList());
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
