package org.lilims.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.lilims.analysis.DepositionCurves;
import org.lilims.sample.LineageGraph;
import org.lilims.sample.SampleKind;

/**
 * The PVD coating runs behind a study's arms: per arm, every run that made a coated foil in the genealogy of one of its
 * included coated cells, with that run's deposition rate and thickness against time per layer.
 *
 * @param arms the arms with at least one coating run that has deposition readings
 */
record StudyDeposition(List<ArmRuns> arms) {

	/**
	 * @param name the arm
	 * @param index its position among the study's arms (its colour on every chart)
	 * @param runs the coating runs behind its included cells
	 */
	record ArmRuns(String name, int index, List<CoatingRun> runs) {
	}

	/**
	 * @param stepId the coating run (its page is {@code /steps/{stepId}})
	 * @param coatedFoils the coated foils it made that the arm's cells descend from
	 * @param cells the arm's included cells descending from them
	 * @param layers rate and thickness against time of each layer of its newest analysed log
	 */
	record CoatingRun(long stepId, List<String> coatedFoils, List<String> cells, List<DepositionCurves> layers) {
	}

	/**
	 * Walks the ancestors of each included coated cell once and reads each run's curves once, however many cells and
	 * arms share it; runs without deposition readings are left out.
	 */
	static StudyDeposition of(StudySummary summary, Function<String, List<LineageGraph>> ancestorsOf,
			Function<Long, List<DepositionCurves>> curvesOfRun) {
		Map<Long, List<DepositionCurves>> curves = new HashMap<>();
		List<ArmRuns> arms = new ArrayList<>();
		for (int index = 0; index < summary.arms().size(); index++) {
			StudySummary.Arm arm = summary.arms().get(index);
			Map<Long, Found> found = new LinkedHashMap<>();
			for (StudySummary.Cell cell : arm.cells()) {
				if (cell.included() && !ArmDefinition.UNCOATED.equals(cell.anodeCoating())) {
					ancestorsOf.apply(cell.code())
						.forEach(ancestors -> coatingRuns(ancestors).forEach((stepId, foils) -> {
							Found run = found.computeIfAbsent(stepId, id -> new Found());
							run.foils().addAll(foils);
							run.cells().add(cell.code());
						}));
				}
			}
			List<CoatingRun> runs = new ArrayList<>();
			found.forEach((stepId, run) -> {
				List<DepositionCurves> layers = curves.computeIfAbsent(stepId, curvesOfRun);
				if (!layers.isEmpty()) {
					runs.add(new CoatingRun(stepId, List.copyOf(run.foils()), List.copyOf(run.cells()), layers));
				}
			});
			if (!runs.isEmpty()) {
				arms.add(new ArmRuns(arm.name(), index, runs));
			}
		}
		return new StudyDeposition(arms);
	}

	/** The steps that made the coated foils among the ancestors, with those foils. */
	private static Map<Long, List<String>> coatingRuns(LineageGraph ancestors) {
		Map<String, SampleKind> kinds = new HashMap<>();
		ancestors.nodes().forEach(node -> kinds.put(node.code(), node.kind()));
		Map<Long, List<String>> runs = new LinkedHashMap<>();
		ancestors.edges()
			.stream()
			.filter(edge -> edge.stepId() != null && kinds.get(edge.child()) == SampleKind.COATED_FOIL)
			.forEach(edge -> {
				List<String> foils = runs.computeIfAbsent(edge.stepId(), id -> new ArrayList<>());
				if (!foils.contains(edge.child())) {
					foils.add(edge.child());
				}
			});
		return runs;
	}

	private record Found(TreeSet<String> foils, TreeSet<String> cells) {

		Found() {
			this(new TreeSet<>(), new TreeSet<>());
		}

	}

}
