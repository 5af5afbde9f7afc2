package org.lilims.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisResults.StoredResult;
import org.lilims.analysis.CellAnalysis.MetricView;
import org.lilims.analysis.cycles.CycleMetrics;
import org.lilims.analysis.cycles.CycleTable;
import org.lilims.analysis.cycles.FullCellMetrics;
import org.lilims.analysis.cycles.FullCellParameters;

/**
 * Full-cell metrics a user asks for beyond the stored ones (retention at cycle N, the cycle at SOH x %): the same
 * algorithm ({@link FullCellMetrics}) run again on the stored per-cycle table with the stored reference settings.
 */
final class OnRequestMetrics {

	private OnRequestMetrics() {
	}

	static List<MetricView> of(StoredResult cycling, List<Integer> retentionAt, List<Double> sohThresholds) {
		if ((retentionAt.isEmpty() && sohThresholds.isEmpty()) || cycling.cycles().isEmpty()
				|| !cycling.algorithms().containsKey(FullCellMetrics.ALGORITHM)) {
			return List.of();
		}
		List<CycleMetrics> cycles = cycling.cycles().stream().map(OnRequestMetrics::cycle).toList();
		Object referenceCycles = cycling.parameters().get("referenceCycles");
		FullCellParameters parameters = new FullCellParameters(
				(referenceCycles instanceof Number number) ? number.intValue() : 3, sohThresholds, retentionAt,
				number(cycling.parameters().get("cathodeActiveMassGrams")),
				number(cycling.parameters().get("electrodeAreaCm2")));
		FullCellMetrics full = FullCellMetrics.of(new CycleTable(cycles, false, 0), parameters);
		List<MetricView> metrics = new ArrayList<>();
		if (full == null) {
			return metrics;
		}
		full.retentionPercent().forEach((cycle, percent) -> metrics.add(view(MetricCatalog.retention(cycle),
				"Capacity retention at cycle " + cycle, new MetricValue(percent, "%", false, FullCellMetrics.ALGORITHM,
						FullCellMetrics.VERSION),
				"Discharge capacity of cycle " + cycle + " / discharge capacity of the first complete cycle × 100.")));
		for (double threshold : sohThresholds) {
			String label = (threshold == Math.rint(threshold)) ? String.valueOf((int) threshold)
					: String.format(Locale.ROOT, "%s", threshold);
			Integer crossed = full.cycleAt(threshold);
			MetricValue value = new MetricValue((double) ((crossed != null) ? crossed : full.lastCycle()), "cycle",
					crossed == null, FullCellMetrics.ALGORITHM, FullCellMetrics.VERSION);
			metrics.add(view("soh" + label.replace('.', '_') + "Cycle", "Cycle at SOH " + label + " %", value,
					"First complete cycle after the reference cycle whose state of health is below " + label
							+ " %; censored (\"> N\") when not reached by the last complete cycle N."));
		}
		return metrics;
	}

	private static CycleMetrics cycle(CycleRow row) {
		return new CycleMetrics(row.cycle(), row.chargeCapacityMah(), row.dischargeCapacityMah(),
				row.coulombicEfficiencyPercent(), row.chargeEnergyMwh(), row.dischargeEnergyMwh(),
				row.energyEfficiencyPercent(), row.meanChargeVoltageV(), row.meanDischargeVoltageV(),
				row.endOfChargeVoltageV(), row.endOfDischargeVoltageV(), row.startSeconds(), row.durationSeconds(),
				row.chargeHalfCycles(), row.dischargeHalfCycles());
	}

	private static @Nullable Double number(@Nullable Object value) {
		return (value instanceof Number number) ? number.doubleValue() : null;
	}

	private static MetricView view(String name, String label, MetricValue value, String definition) {
		return new MetricView(name, label, value.value(), value.unit(), value.censored(), CellAnalysis.display(value),
				definition, value.algorithm(), value.algorithmVersion());
	}

}
