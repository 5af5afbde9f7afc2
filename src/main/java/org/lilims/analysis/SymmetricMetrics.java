package org.lilims.analysis;

import java.util.Map;

import org.lilims.analysis.symmetric.CycleLifeEnd;
import org.lilims.analysis.symmetric.SymmetricCellAnalysis;
import org.lilims.analysis.symmetric.SymmetricCellMetrics;

/**
 * The headline metrics of a symmetric cell, from its analysis.
 */
final class SymmetricMetrics {

	private SymmetricMetrics() {
	}

	static void put(Map<String, MetricValue> metrics, SymmetricCellMetrics symmetric) {
		String algorithm = SymmetricCellAnalysis.ALGORITHM;
		int version = SymmetricCellAnalysis.VERSION;
		metrics.put(MetricCatalog.CYCLE_LIFE, CellDataAnalyser.metric(symmetric.cycleLife().cycles(), "cycles",
				symmetric.cycleLife().end() == CycleLifeEnd.CENSORED, algorithm, version));
		if (symmetric.softShort() != null) {
			metrics.put(MetricCatalog.SOFT_SHORT_CYCLE,
					CellDataAnalyser.metric(symmetric.softShort().cycle(), "cycle", false, algorithm, version));
		}
		if (symmetric.nucleation() != null) {
			metrics.put(MetricCatalog.NUCLEATION_OVERVOLTAGE, CellDataAnalyser
				.metric(symmetric.nucleation().overvoltageVolts(), "V", false, algorithm, version));
			metrics.put(MetricCatalog.NUCLEATION_TIP,
					CellDataAnalyser.metric(symmetric.nucleation().tipVolts(), "V", false, algorithm, version));
			metrics.put(MetricCatalog.NUCLEATION_PLATEAU,
					CellDataAnalyser.metric(symmetric.nucleation().plateauVolts(), "V", false, algorithm, version));
		}
		if (symmetric.growth() != null) {
			metrics.put(MetricCatalog.INITIAL_OVERPOTENTIAL, CellDataAnalyser
				.metric(1000 * symmetric.growth().firstVolts(), "mV", false, algorithm, version));
			metrics.put(MetricCatalog.FINAL_OVERPOTENTIAL, CellDataAnalyser
				.metric(1000 * symmetric.growth().lastVolts(), "mV", false, algorithm, version));
			metrics.put(MetricCatalog.OVERPOTENTIAL_GROWTH, CellDataAnalyser
				.metric(symmetric.growth().slopeMillivoltsPerCycle(), "mV/cycle", false, algorithm, version));
		}
	}

}
