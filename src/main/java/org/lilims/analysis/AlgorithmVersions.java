package org.lilims.analysis;

import java.util.Map;

import org.lilims.analysis.cycles.CycleAnalysis;
import org.lilims.analysis.cycles.FullCellMetrics;
import org.lilims.analysis.deposition.DepositionAnalysis;
import org.lilims.analysis.symmetric.SymmetricCellAnalysis;

/**
 * The algorithms' current versions: a result computed by an older (or unknown) one is stale and is recomputed on
 * request.
 */
final class AlgorithmVersions {

	static final Map<String, Integer> CURRENT = Map.of(CycleAnalysis.ALGORITHM, CycleAnalysis.VERSION,
			FullCellMetrics.ALGORITHM, FullCellMetrics.VERSION, SymmetricCellAnalysis.ALGORITHM,
			SymmetricCellAnalysis.VERSION, EisAlgorithm.NAME, EisAlgorithm.VERSION, DepositionAnalysis.ALGORITHM,
			DepositionAnalysis.VERSION);

	private AlgorithmVersions() {
	}

	/** Whether any of the algorithms a result names ran in another version than the current one. */
	static boolean stale(Map<String, Integer> algorithms) {
		return algorithms.entrySet()
			.stream()
			.anyMatch(algorithm -> !algorithm.getValue().equals(CURRENT.get(algorithm.getKey())));
	}

}
