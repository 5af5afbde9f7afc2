package org.lilims.study;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisApi;
import org.lilims.analysis.MetricDefinition;
import org.lilims.project.ProjectAccess;
import org.lilims.analysis.CycleRange;
import org.lilims.project.ProjectVisibility;
import org.lilims.sample.LineageGraph;
import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleKind;
import org.lilims.sample.SampleView;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.InvalidInputException.FieldProblem;
import org.lilims.shared.NotFoundException;
import org.lilims.study.StudyEvents.StudyCellExcluded;
import org.lilims.study.StudyEvents.StudyCreated;
import org.lilims.study.StudyRequests.NewArm;
import org.lilims.study.StudyRequests.NewExclusion;
import org.lilims.study.StudyRequests.NewStudy;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates studies, records exclusions and computes a study's comparison from the cells that match its arms now.
 */
@Service
@Transactional
class StudyService implements StudyApi {

	/** Points kept of each half-cycle's voltage profile. */
	static final int PROFILE_POINTS = 120;

	/** Points kept of each cell's voltage in each cycle window. */
	static final int WINDOW_POINTS = 200;

	static final Set<String> CONFIGURATIONS = Set.of("SYMMETRIC", "FULL_CELL");

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private static final TypeReference<List<ArmDefinition>> ARMS = new TypeReference<>() {
	};

	private final StudyRepository studies;

	private final StudyExclusionRepository exclusions;

	private final ProjectAccess projects;

	private final AnalysisApi analysis;

	private final SampleApi samples;

	private final StudyComparison comparison;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	StudyService(StudyRepository studies, StudyExclusionRepository exclusions, ProjectAccess projects,
			AnalysisApi analysis, SampleApi samples, StudyComparison comparison, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.studies = studies;
		this.exclusions = exclusions;
		this.projects = projects;
		this.analysis = analysis;
		this.samples = samples;
		this.comparison = comparison;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public StudyView create(NewStudy request) {
		List<FieldProblem> problems = new ArrayList<>();
		String name = text(request.name(), "name", 200, problems);
		String description = (request.description() == null || request.description().isBlank()) ? null
				: request.description().trim();
		List<String> metrics = metrics(request.metrics(), problems);
		List<ArmDefinition> arms = arms(request.arms(), request.crossWithCurrentDensities(), problems);
		String reference = text(request.referenceArm(), "referenceArm", 200, problems);
		if (reference != null && !arms.isEmpty()
				&& arms.stream().noneMatch(arm -> arm.name().equals(reference) || arm.group().equals(reference))) {
			problems.add(new FieldProblem("referenceArm", "must name one of the arms ("
					+ arms.stream().map(ArmDefinition::group).distinct().collect(Collectors.joining(", ")) + "), not "
					+ reference));
		}
		String project = null;
		try {
			project = this.projects.projectForNewRecord(request.project(), null, "project");
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Study study = this.studies.saveAndFlush(new Study(name, description, project,
				this.json.writeValueAsString(metrics), reference, this.json.writeValueAsString(arms),
				CurrentActor.name(), this.clock.instant()));
		this.events.publishEvent(new StudyCreated(study.id(), study.snapshot()));
		return view(study);
	}

	@Override
	public StudyView exclude(long studyId, NewExclusion request) {
		Study study = readable(studyId);
		if (!this.projects.writable().includes(study.getProjectCode())) {
			throw new InvalidInputException("cellCode", "you are not a member of project " + study.getProjectCode());
		}
		List<FieldProblem> problems = new ArrayList<>();
		String cell = text(request.cellCode(), "cellCode", 32, problems);
		String reason = text(request.reason(), "reason", 4000, problems);
		if (cell != null) {
			String code = cell.toUpperCase(Locale.ROOT);
			if (!this.comparison.matchesAnyArm(code, study.getProjectCode(), arms(study))) {
				problems.add(new FieldProblem("cellCode", code + " is not a cell of any arm of this study"));
			}
			else if (this.exclusions.existsByStudyIdAndCellCode(studyId, code)) {
				problems.add(new FieldProblem("cellCode", code + " is already excluded"));
			}
			cell = code;
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.exclusions.saveAndFlush(new StudyExclusion(studyId, cell, reason, CurrentActor.name(),
				this.clock.instant()));
		this.events.publishEvent(new StudyCellExcluded(studyId, cell, reason));
		return view(study);
	}

	@Transactional(readOnly = true)
	List<StudyView> list() {
		ProjectVisibility readable = this.projects.readable();
		List<Study> found = readable.all() ? this.studies.findAllByOrderByIdDesc()
				: this.studies.findByProjectCodeInOrderByIdDesc(readable.projectCodes());
		return found.stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	StudyView get(long id) {
		return view(readable(id));
	}

	@Transactional(readOnly = true)
	StudyRetention retention(long id) {
		return StudyRetention.of(membership(id), this.analysis);
	}

	/** R_int per cycle of every included cell with impedance data. */
	StudyCurves interphaseResistance(StudySummary summary) {
		return StudyCurves.of(summary, List.of(""), cell -> true,
				code -> List.of(this.analysis.interphaseResistanceOf(code)));
	}

	/** The newest impedance spectrum with its circuit fit of every included cell with impedance data. */
	StudyCurves nyquist(StudySummary summary) {
		return StudyCurves.of(summary, List.of(""), cell -> true, this.analysis::nyquistOf);
	}

	/** The coating runs in the genealogy of the included coated cells, with their deposition rate and thickness. */
	StudyDeposition deposition(StudySummary summary) {
		Map<String, SampleView> cells = new HashMap<>();
		this.samples.cellsOf(summary.project()).forEach(cell -> cells.put(cell.code(), cell));
		Map<String, LineageGraph> ancestorsOfElectrode = new HashMap<>();
		return StudyDeposition.of(summary, code -> ancestors(cells.get(code), ancestorsOfElectrode),
				this.analysis::depositionCurvesOf);
	}

	/**
	 * A cell's ancestors as the graphs of its electrodes' ancestors: the cells of an arm share a few punched electrode
	 * batches, so each is walked once per request rather than once per cell.
	 */
	private List<LineageGraph> ancestors(@Nullable SampleView cell, Map<String, LineageGraph> ofElectrode) {
		if (cell == null) {
			return List.of();
		}
		return cell.parents()
			.stream()
			.filter(parent -> parent.kind() == SampleKind.ELECTRODE)
			.map(parent -> ofElectrode.computeIfAbsent(parent.code(), code -> this.samples.lineage(code, true)))
			.toList();
	}

	/**
	 * The kept voltage profiles of those cycles of every included cell (of that configuration when given), each
	 * half-cycle thinned by LTTB.
	 */
	StudyCurves profiles(StudySummary summary, List<Integer> cycles, @Nullable String configuration) {
		return StudyCurves.of(summary, List.of(""),
				cell -> configuration == null || configuration.equalsIgnoreCase(String.valueOf(cell.configuration())),
				code -> this.analysis.profilesOf(code, cycles, PROFILE_POINTS));
	}

	/** Voltage against time of every included symmetric cell in each window, read at full resolution, thinned. */
	StudyCurves voltageWindows(StudySummary summary, CycleWindows windows) {
		List<String> panels = windows.windows().stream().map(CycleWindows.Window::label).toList();
		List<CycleRange> ranges = windows.windows()
			.stream()
			.map(window -> new CycleRange(window.fromCycle(), window.toCycle()))
			.toList();
		return StudyCurves.of(summary, panels, cell -> "SYMMETRIC".equals(cell.configuration()),
				code -> this.analysis.voltageWindowsOf(code, ranges, WINDOW_POINTS));
	}

	/**
	 * Which cells are in which arm, included or not, without their metrics or statistics: what the charts need.
	 */
	StudySummary membership(long id) {
		Study study = readable(id);
		return new StudySummary(id, study.getName(), study.getProjectCode(), study.getReferenceArm(), List.of(),
				this.comparison.compare(study.getProjectCode(), arms(study), study.getReferenceArm(), List.of(),
						excluded(id)));
	}

	private Map<String, String> excluded(long id) {
		Map<String, String> excluded = new HashMap<>();
		this.exclusions.findByStudyIdOrderByIdAsc(id).forEach(e -> excluded.put(e.getCellCode(), e.getReason()));
		return excluded;
	}

	StudySummary summary(long id) {
		Study study = readable(id);
		Map<String, MetricDefinition> definitions = this.analysis.definitions()
			.stream()
			.collect(Collectors.toMap(MetricDefinition::name, Function.identity(), (a, b) -> a));
		List<MetricDefinition> metrics = metrics(study).stream()
			.map(name -> definitions.getOrDefault(name, new MetricDefinition(name, name, "", "")))
			.toList();
		return new StudySummary(id, study.getName(), study.getProjectCode(), study.getReferenceArm(), metrics,
				this.comparison.compare(study.getProjectCode(), arms(study), study.getReferenceArm(), metrics,
						excluded(id)));
	}

	/** The metric definitions a study may compare. */
	@Transactional(readOnly = true)
	List<MetricDefinition> metricDefinitions() {
		return this.analysis.definitions();
	}

	/** Whether the study exists and the user may read its project. */
	@Transactional(readOnly = true)
	boolean isVisible(String id) {
		try {
			readable(Long.parseLong(id.trim()));
			return true;
		}
		catch (NumberFormatException | NotFoundException ex) {
			return false;
		}
	}

	private Study readable(long id) {
		return this.studies.findById(id)
			.filter(study -> this.projects.readable().includes(study.getProjectCode()))
			.orElseThrow(() -> new NotFoundException("No study with id " + id));
	}

	private StudyView view(Study study) {
		List<StudyView.Exclusion> excluded = this.exclusions.findByStudyIdOrderByIdAsc(study.id())
			.stream()
			.map(StudyExclusion::view)
			.toList();
		return new StudyView(study.id(), study.getName(), study.getDescription(), study.getProjectCode(),
				metrics(study), study.getReferenceArm(), arms(study), excluded, study.getCreatedBy(),
				study.getCreatedAt());
	}

	private List<String> metrics(Study study) {
		return this.json.readValue(study.getMetrics(), STRINGS);
	}

	private List<ArmDefinition> arms(Study study) {
		return this.json.readValue(study.getArms(), ARMS);
	}

	private List<String> metrics(@Nullable List<String> requested, List<FieldProblem> problems) {
		if (requested == null || requested.stream().allMatch(m -> m == null || m.isBlank())) {
			problems.add(new FieldProblem("metrics", "name at least one metric to compare"));
			return List.of();
		}
		Set<String> known = this.analysis.definitions()
			.stream()
			.map(MetricDefinition::name)
			.collect(Collectors.toCollection(LinkedHashSet::new));
		Set<String> metrics = new LinkedHashSet<>();
		for (int i = 0; i < requested.size(); i++) {
			String metric = requested.get(i);
			if (metric == null || metric.isBlank()) {
				continue;
			}
			if (!known.contains(metric.trim())) {
				problems.add(new FieldProblem("metrics[" + i + "]", "unknown metric " + metric + "; one of "
						+ String.join(", ", known)));
			}
			metrics.add(metric.trim());
		}
		return List.copyOf(metrics);
	}

	private static List<ArmDefinition> arms(@Nullable List<NewArm> requested,
			@Nullable List<BigDecimal> crossWithCurrentDensities, List<FieldProblem> problems) {
		if (requested == null || requested.isEmpty()) {
			problems.add(new FieldProblem("arms", "define at least one arm"));
			return List.of();
		}
		List<BigDecimal> densities = (crossWithCurrentDensities != null) ? crossWithCurrentDensities : List.of();
		for (int i = 0; i < densities.size(); i++) {
			if (densities.get(i) == null || densities.get(i).signum() <= 0) {
				problems.add(new FieldProblem("crossWithCurrentDensities[" + i + "]",
						"must be a current density above 0 mA/cm²"));
			}
		}
		List<ArmDefinition> arms = new ArrayList<>();
		for (int i = 0; i < requested.size(); i++) {
			NewArm arm = requested.get(i);
			String field = "arms[" + i + "].";
			String name = text(arm.name(), field + "name", 150, problems);
			String coating = (arm.anodeCoating() == null || arm.anodeCoating().isBlank()) ? null
					: arm.anodeCoating().trim().toUpperCase(Locale.ROOT);
			String configuration = (arm.configuration() == null || arm.configuration().isBlank()) ? null
					: arm.configuration().trim().toUpperCase(Locale.ROOT);
			if (configuration != null && !CONFIGURATIONS.contains(configuration)) {
				problems.add(new FieldProblem(field + "configuration", "must be SYMMETRIC or FULL_CELL, not "
						+ arm.configuration()));
			}
			BigDecimal density = arm.currentDensityMaPerCm2();
			if (density != null && density.signum() <= 0) {
				problems.add(new FieldProblem(field + "currentDensityMaPerCm2", "must be above 0 mA/cm²"));
			}
			if (density != null && !densities.isEmpty()) {
				problems.add(new FieldProblem(field + "currentDensityMaPerCm2",
						"leave it out when the arms are crossed with current densities"));
			}
			if (name == null) {
				continue;
			}
			if (densities.isEmpty()) {
				arms.add(new ArmDefinition(name, name, coating, configuration, density));
			}
			else {
				for (BigDecimal crossed : densities) {
					if (crossed != null && crossed.signum() > 0) {
						arms.add(new ArmDefinition(name + " @ " + crossed.stripTrailingZeros().toPlainString()
								+ " mA/cm²", name, coating, configuration, crossed));
					}
				}
			}
		}
		Set<String> names = new LinkedHashSet<>();
		for (ArmDefinition arm : arms) {
			if (!names.add(arm.name())) {
				problems.add(new FieldProblem("arms", "two arms are named " + arm.name()));
			}
		}
		return arms;
	}

	private static @Nullable String text(@Nullable String value, String field, int maxLength,
			List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem(field, "is required"));
			return null;
		}
		if (value.trim().length() > maxLength) {
			problems.add(new FieldProblem(field, "must be at most " + maxLength + " characters"));
			return null;
		}
		return value.trim();
	}

}
