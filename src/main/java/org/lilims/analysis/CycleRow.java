package org.lilims.analysis;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.cycles.CycleMetrics;

/**
 * A row of a cell's per-cycle table, as stored and served (JSON and CSV): the cycle's metrics with the per-area and
 * per-mass values and the state of health.
 */
public record CycleRow(int cycle, double chargeCapacityMah, double dischargeCapacityMah,
		@Nullable Double specificChargeCapacityMahPerG, @Nullable Double specificDischargeCapacityMahPerG,
		@Nullable Double arealChargeCapacityMahPerCm2, @Nullable Double arealDischargeCapacityMahPerCm2,
		double coulombicEfficiencyPercent, double chargeEnergyMwh, double dischargeEnergyMwh,
		double energyEfficiencyPercent, double meanChargeVoltageV, double meanDischargeVoltageV,
		double endOfChargeVoltageV, double endOfDischargeVoltageV, double startSeconds, double durationSeconds,
		@Nullable Double stateOfHealthPercent, int chargeHalfCycles, int dischargeHalfCycles) {

	static CycleRow of(CycleMetrics cycle, @Nullable Double activeMassGrams, @Nullable Double areaCm2,
			@Nullable Double referenceMah) {
		double charge = cycle.chargeCapacityMilliampHours();
		double discharge = cycle.dischargeCapacityMilliampHours();
		boolean perMass = activeMassGrams != null && activeMassGrams > 0;
		boolean perArea = areaCm2 != null && areaCm2 > 0;
		return new CycleRow(cycle.cycle(), charge, discharge, perMass ? charge / activeMassGrams : null,
				perMass ? discharge / activeMassGrams : null, perArea ? charge / areaCm2 : null,
				perArea ? discharge / areaCm2 : null, cycle.coulombicEfficiencyPercent(),
				cycle.chargeEnergyMilliwattHours(), cycle.dischargeEnergyMilliwattHours(),
				cycle.energyEfficiencyPercent(), cycle.meanChargeVoltageVolts(), cycle.meanDischargeVoltageVolts(),
				cycle.endOfChargeVoltageVolts(), cycle.endOfDischargeVoltageVolts(), cycle.startSeconds(),
				cycle.durationSeconds(),
				(referenceMah != null && referenceMah > 0 && cycle.isComplete()) ? 100 * discharge / referenceMah
						: null,
				cycle.chargeHalfCycles(), cycle.dischargeHalfCycles());
	}

	static final String[] CSV_HEADER = { "cycle", "chargeCapacityMah", "dischargeCapacityMah",
			"specificChargeCapacityMahPerG", "specificDischargeCapacityMahPerG", "arealChargeCapacityMahPerCm2",
			"arealDischargeCapacityMahPerCm2", "coulombicEfficiencyPercent",
			"chargeEnergyMwh", "dischargeEnergyMwh", "energyEfficiencyPercent", "meanChargeVoltageV",
			"meanDischargeVoltageV", "endOfChargeVoltageV", "endOfDischargeVoltageV", "startSeconds", "durationSeconds",
			"stateOfHealthPercent", "chargeHalfCycles", "dischargeHalfCycles" };

	Object[] csvValues() {
		return new Object[] { this.cycle, this.chargeCapacityMah, this.dischargeCapacityMah,
				this.specificChargeCapacityMahPerG, this.specificDischargeCapacityMahPerG,
				this.arealChargeCapacityMahPerCm2, this.arealDischargeCapacityMahPerCm2,
				this.coulombicEfficiencyPercent, this.chargeEnergyMwh, this.dischargeEnergyMwh,
				this.energyEfficiencyPercent, this.meanChargeVoltageV, this.meanDischargeVoltageV,
				this.endOfChargeVoltageV, this.endOfDischargeVoltageV, this.startSeconds, this.durationSeconds,
				this.stateOfHealthPercent, this.chargeHalfCycles, this.dischargeHalfCycles };
	}

}
