package org.lilims.sample;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lilims.project.ProjectAccess;
import org.lilims.project.ProjectVisibility;
import org.lilims.shared.ConflictException;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class SampleService implements SampleApi {

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final SampleRepository samples;

	private final LineageEdgeRepository edges;

	private final SampleCodes codes;

	private final LineageQueries lineage;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ProjectAccess projects;

	SampleService(SampleRepository samples, LineageEdgeRepository edges, SampleCodes codes, LineageQueries lineage,
			JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events, Clock clock, ProjectAccess projects) {
		this.projects = projects;
		this.samples = samples;
		this.edges = edges;
		this.codes = codes;
		this.lineage = lineage;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public SampleView register(NewSample sample, String projectCode) {
		requireWritable(projectCode, "project");
		return view(create(sample, projectCode, null, null));
	}

	@Override
	public List<SampleView> derive(Derivation derivation) {
		Instant now = this.clock.instant();
		requireWritable(derivation.projectCode(), "project");
		Map<String, Sample> inputs = lockInputs(derivation.consumed());
		Map<String, Quantity> usedPerCode = new LinkedHashMap<>();
		Map<String, String> rolesPerCode = new LinkedHashMap<>();
		for (int i = 0; i < derivation.consumed().size(); i++) {
			Consumption consumption = derivation.consumed().get(i);
			Sample input = inputs.get(consumption.code());
			Map<String, Object> before = input.snapshot();
			Quantity used = input.consume(consumption.amount(), "inputs[" + i + "].consumed", now);
			usedPerCode.merge(consumption.code(), used,
					(a, b) -> new Quantity(a.value().add(b.value()), a.unit()));
			if (consumption.role() != null) {
				rolesPerCode.merge(consumption.code(), consumption.role(), (a, b) -> a + "," + b);
			}
			this.events.publishEvent(new SampleChanged(input.getCode(), "CONSUMED", before, input.snapshot(),
					"used " + used + " in " + derivation.stepType() + " step " + derivation.stepId()));
		}
		Map<String, Long> childrenPerParent = new HashMap<>();
		for (Derivation.Output output : derivation.outputs()) {
			parentsOf(output, usedPerCode).forEach(code -> childrenPerParent.merge(code, 1L, Long::sum));
		}
		List<Sample> outputs = new ArrayList<>();
		for (Derivation.Output output : derivation.outputs()) {
			Sample child = create(output.sample(), derivation.projectCode(), derivation.stepId(), derivation.stepType());
			outputs.add(child);
			for (String code : parentsOf(output, usedPerCode)) {
				Sample parent = inputs.get(code);
				Quantity consumed = (childrenPerParent.get(code) == 1) ? usedPerCode.get(code) : null;
				this.edges.save(new LineageEdge(parent.getId(), child.getId(), derivation.stepId(), consumed,
						rolesPerCode.get(code)));
			}
		}
		this.edges.flush();
		return outputs.stream().map(this::view).toList();
	}

	private static List<String> parentsOf(Derivation.Output output, Map<String, Quantity> usedPerCode) {
		if (output.parents().isEmpty()) {
			return List.copyOf(usedPerCode.keySet());
		}
		for (String parent : output.parents()) {
			if (!usedPerCode.containsKey(parent)) {
				throw new IllegalArgumentException("Output parent " + parent + " is not an input of the step");
			}
		}
		return output.parents().stream().distinct().toList();
	}

	private Map<String, Sample> lockInputs(List<Consumption> consumed) {
		List<String> wanted = consumed.stream().map(Consumption::code).toList();
		Map<String, Sample> found = this.samples.lockByCodes(new java.util.LinkedHashSet<>(wanted))
			.stream()
			.collect(Collectors.toMap(Sample::getCode, Function.identity()));
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		ProjectVisibility writable = this.projects.writable();
		ProjectVisibility readable = this.projects.readable();
		for (int i = 0; i < wanted.size(); i++) {
			Sample input = found.get(wanted.get(i));
			if (input == null || !readable.includes(input.getProjectCode())) {
				problems.add(new InvalidInputException.FieldProblem("inputs[" + i + "].code",
						"no sample with code " + wanted.get(i)));
			}
			else if (!writable.includes(input.getProjectCode())) {
				problems.add(new InvalidInputException.FieldProblem("inputs[" + i + "].code", wanted.get(i)
						+ " belongs to project " + input.getProjectCode() + ", which you are not a member of"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return found;
	}

	private Sample create(NewSample spec, String projectCode, @Nullable Long stepId, @Nullable String stepType) {
		Sample sample = new Sample(this.codes.next(spec.kind()), spec, projectCode,
				this.json.writeValueAsString(spec.parameters()), stepId, stepType, CurrentActor.name(),
				this.clock.instant());
		this.samples.saveAndFlush(sample);
		this.events.publishEvent(new SampleChanged(sample.getCode(), "CREATED", null, sample.snapshot(),
				(stepType != null) ? "made by " + stepType + " step " + stepId : "received"));
		return sample;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SampleView> find(String code) {
		return visible(code).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SampleView> cellsOf(String projectCode) {
		if (!this.projects.readable().includes(projectCode)) {
			return List.of();
		}
		SampleFilter cells = new SampleFilter(SampleKind.CELL, null, null, null, null, null, null, projectCode);
		List<Sample> found = this.samples
			.findAll(cells.toSpecification(), org.springframework.data.domain.Sort.by("createdAt", "code"));
		return views(found);
	}

	/** Whether the sample exists and the user may see its project; cheaper than {@link #find}. */
	@Transactional(readOnly = true)
	boolean isVisible(String code) {
		return visible(code).isPresent();
	}

	private Optional<Sample> visible(String code) {
		ProjectVisibility readable = this.projects.readable();
		return this.samples.findByCode(code.trim().toUpperCase(java.util.Locale.ROOT))
			.filter(sample -> readable.includes(sample.getProjectCode()));
	}

	private void requireWritable(String projectCode, String field) {
		if (!this.projects.writable().includes(projectCode)) {
			throw new InvalidInputException(field, "you are not a member of project " + projectCode);
		}
	}

	@Transactional(readOnly = true)
	SampleView get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("No sample with code " + code));
	}

	@Override
	@Transactional(readOnly = true)
	public LineageGraph lineage(String code, boolean up) {
		Sample root = visible(code).orElseThrow(() -> new NotFoundException("No sample with code " + code));
		return this.lineage.lineage(root.getCode(), up);
	}

	@Transactional(readOnly = true)
	/** Samples matching the filter in the projects the user may see. */
	Page<SampleSummary> search(SampleFilter filter, Pageable pageable) {
		ProjectVisibility readable = this.projects.readable();
		Specification<Sample> specification = filter.toSpecification();
		if (!readable.all()) {
			specification = specification.and((root, query, cb) -> readable.projectCodes().isEmpty() ? cb.disjunction()
					: root.get("projectCode").in(readable.projectCodes()));
		}
		return this.samples.findAll(specification, pageable).map(SampleSummary::of);
	}

	SampleView update(String code, SampleUpdate update) {
		Sample sample = visible(code).orElseThrow(() -> new NotFoundException("No sample with code " + code));
		requireWritable(sample.getProjectCode(), "project");
		if (update.version() != null && update.version() != sample.getVersion()) {
			throw new ConflictException(code + " was changed by someone else since you loaded it (your version "
					+ update.version() + ", now " + sample.getVersion() + "); reload it and apply your change again");
		}
		Instant now = this.clock.instant();
		Map<String, Object> before = sample.snapshot();
		boolean statusChange = update.status() != null && update.status() != sample.getStatus();
		sample.describe(update.location() != null ? blankToNull(update.location()) : sample.getLocation(),
				update.notes() != null ? blankToNull(update.notes()) : sample.getNotes(),
				update.name() != null ? blankToNull(update.name()) : sample.getName(), now);
		if (statusChange) {
			sample.changeStatus(update.status(), now);
		}
		this.samples.saveAndFlush(sample);
		this.events.publishEvent(new SampleChanged(code, statusChange ? "STATUS_CHANGED" : "UPDATED", before,
				sample.snapshot(), blankToNull(update.reason())));
		return view(sample);
	}

	private SampleView view(Sample sample) {
		return views(List.of(sample)).get(0);
	}

	/** Views of many samples, their parents and children read in two queries for all of them. */
	private List<SampleView> views(List<Sample> samples) {
		List<Long> ids = samples.stream().map(Sample::getId).filter(java.util.Objects::nonNull).toList();
		Map<Long, List<SampleView.Relative>> parents = relatives(ids, true);
		Map<Long, List<SampleView.Relative>> children = relatives(ids, false);
		return samples.stream()
			.map(sample -> new SampleView(sample.getCode(), sample.getKind(), sample.getStatus(),
					sample.getProjectCode(), sample.getName(), sample.getCoatingVariant(), sample.getLocation(),
					sample.getNotes(), sample.quantity(), sample.remaining(),
					this.json.readValue(sample.getParameters(), JSON_OBJECT), sample.getProducedByStepId(),
					sample.getProducedByStepType(), parents.getOrDefault(sample.getId(), List.of()),
					children.getOrDefault(sample.getId(), List.of()), sample.getCreatedBy(), sample.getCreatedAt(),
					sample.getVersion()))
			.toList();
	}

	private Map<Long, List<SampleView.Relative>> relatives(List<Long> ids, boolean parents) {
		Map<Long, List<SampleView.Relative>> byId = new HashMap<>();
		if (ids.isEmpty()) {
			return byId;
		}
		String join = parents ? "e.parent_id" : "e.child_id";
		String where = parents ? "e.child_id" : "e.parent_id";
		this.jdbc.sql("""
				select %s as of_id, s.code, s.kind, s.name, e.consumed_value, e.consumed_unit, e.input_role
				from sample.lineage_edge e join sample.sample s on s.id = %s
				where %s = any(:ids) order by s.code""".formatted(where, join, where))
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> byId.computeIfAbsent(rs.getLong("of_id"), id -> new ArrayList<>())
				.add(new SampleView.Relative(rs.getString("code"), SampleKind.valueOf(rs.getString("kind")),
						rs.getString("name"),
						quantity(rs.getBigDecimal("consumed_value"), rs.getString("consumed_unit")),
						rs.getString("input_role"))))
			.list();
		return byId;
	}

	private static @Nullable Quantity quantity(@Nullable BigDecimal value, @Nullable String unit) {
		return (value != null && unit != null) ? new Quantity(value, Unit.parse(unit).orElseThrow()) : null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
