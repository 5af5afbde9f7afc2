package org.lilims.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every headline metric the analysis computes, with its definition.
 */
final class MetricCatalog {

	static final String COMPLETE_CYCLES = "completeCycles";

	static final String INITIAL_DISCHARGE_CAPACITY = "initialDischargeCapacityMah";

	static final String INITIAL_SPECIFIC_DISCHARGE_CAPACITY = "initialSpecificDischargeCapacityMahPerG";

	static final String INITIAL_AREAL_DISCHARGE_CAPACITY = "initialArealDischargeCapacityMahPerCm2";

	static final String AVERAGE_CE = "averageCoulombicEfficiencyPercent";

	static final String REFERENCE_CAPACITY = "referenceDischargeCapacityMah";

	static final String LAST_SOH = "lastStateOfHealthPercent";

	static final String CYCLE_LIFE = "cycleLife";

	static final String SOFT_SHORT_CYCLE = "softShortCycle";

	static final String NUCLEATION_OVERVOLTAGE = "nucleationOvervoltageV";

	static final String NUCLEATION_TIP = "nucleationTipV";

	static final String NUCLEATION_PLATEAU = "nucleationPlateauV";

	static final String INITIAL_OVERPOTENTIAL = "initialOverpotentialMv";

	static final String FINAL_OVERPOTENTIAL = "finalOverpotentialMv";

	static final String OVERPOTENTIAL_GROWTH = "overpotentialGrowthMvPerCycle";

	static final String INTERPHASE_RESISTANCE = "interphaseResistanceOhm";

	static final String INTERPHASE_RESISTANCE_CYCLE_0 = "interphaseResistanceCycle0Ohm";

	static final String INTERPHASE_RESISTANCE_CHANGE = "interphaseResistanceChangePercent";

	static final String SPECTRA_FITTED = "spectraFitted";

	private static final Map<String, MetricDefinition> DEFINITIONS = new LinkedHashMap<>();

	static {
		define(CYCLE_LIFE, "Cycle life", "cycles",
				"Symmetric cells: the number of completed plating/stripping cycles before |V| first reached the "
						+ "protocol's cut-off (1.5 V unless the cycling test says otherwise). Censored (\"> N\") while "
						+ "the cell has not reached it; a soft short ends it too and is reported as such, not as a "
						+ "long life.");
		define(SOFT_SHORT_CYCLE, "Soft short at cycle", "cycle",
				"The cycle in which the plateau overpotential collapsed below half the median of the previous 10 "
						+ "half-cycles and stayed there for 4 half-cycles: a soft short, not a long life.");
		define(NUCLEATION_OVERVOLTAGE, "Nucleation overvoltage", "V",
				"First plating half-cycle: the voltage tip (highest |V| at its start) minus the plateau |V| that "
						+ "follows it.");
		define(NUCLEATION_TIP, "Nucleation tip", "V", "Highest |V| at the start of the first plating half-cycle.");
		define(NUCLEATION_PLATEAU, "Plateau after nucleation", "V",
				"Mean |V| over the middle of the first plating half-cycle (10–90 % of its duration).");
		define(INITIAL_OVERPOTENTIAL, "Overpotential, first cycle", "mV",
				"Plateau overpotential (mean |V| over 10–90 % of each half-cycle, averaged over plating and "
						+ "stripping) of the first completed cycle.");
		define(FINAL_OVERPOTENTIAL, "Overpotential, last cycle", "mV",
				"Plateau overpotential of the last completed cycle before the end of life.");
		define(OVERPOTENTIAL_GROWTH, "Overpotential growth", "mV/cycle",
				"Least-squares slope of the plateau overpotential over the completed cycles.");
		define(INTERPHASE_RESISTANCE, "Interphase resistance R_int", "Ω",
				"The resistance of the arc(s) of the equivalent circuit (R1 in R0-p(R1,CPE1)-W1) fitted by "
						+ "Levenberg–Marquardt to the newest impedance spectrum (capacitive points only).");
		define(INTERPHASE_RESISTANCE_CYCLE_0, "R_int at cycle 0", "Ω",
				"R_int (as above) of the first spectrum measured before the cycling began (placed at cycle 0 by the "
						+ "start time of the cell's newest cycling data set), over all the cell's impedance data sets.");
		for (int cycles : InterphaseResistanceMetrics.AFTER_CYCLES) {
			define(interphaseResistanceAfter(cycles), "R_int after " + cycles + " cycles", "Ω",
					"R_int of the first spectrum measured once cycle " + cycles + " had begun (e.g. in the rest after "
							+ "it), i.e. the first placed at a cycle ≥ " + cycles + "; absent when no spectrum was "
							+ "measured that late.");
		}
		define(INTERPHASE_RESISTANCE_CHANGE, "R_int change since cycle 0", "%",
				"(R_int of the newest spectrum − R_int at cycle 0) / R_int at cycle 0 × 100; negative when the "
						+ "interphase became less resistive. Absent without a cycle-0 spectrum or a later one.");
		define(SPECTRA_FITTED, "Impedance spectra fitted", "spectra",
				"Spectra of the newest impedance data set whose equivalent-circuit fit succeeded.");
		define(COMPLETE_CYCLES, "Complete cycles", "cycles",
				"Cycles in which the cell both charged and discharged (capacity > 0 in each direction).");
		define(INITIAL_DISCHARGE_CAPACITY, "Initial discharge capacity", "mAh",
				"Discharge capacity of the first complete cycle: the instrument's capacity counter summed over its "
						+ "resets, or the integral of |I| dt where the file has no counter.");
		define(INITIAL_SPECIFIC_DISCHARGE_CAPACITY, "Initial specific discharge capacity", "mAh/g",
				"Initial discharge capacity divided by the cathode's active mass (mass loading × electrode area).");
		define(INITIAL_AREAL_DISCHARGE_CAPACITY, "Initial areal discharge capacity", "mAh/cm²",
				"Initial discharge capacity divided by the electrode area.");
		define(REFERENCE_CAPACITY, "Reference capacity (SOH 100 %)", "mAh",
				"The highest discharge capacity among the first 3 complete cycles: the state-of-health reference.");
		define(LAST_SOH, "State of health, last cycle", "%",
				"Discharge capacity of the last complete cycle / reference capacity × 100.");
		for (int threshold : new int[] { 80, 90, 70 }) {
			define(sohCycle(threshold), "Cycle at SOH " + threshold + " %", "cycle",
					"First complete cycle after the reference cycle whose state of health (discharge capacity / "
							+ "reference capacity) is below " + threshold + " %. Censored (\"> N\") when the cell "
							+ "has not reached it by its last complete cycle N.");
		}
		for (int cycle : new int[] { 50, 100, 200 }) {
			define(retention(cycle), "Capacity retention at cycle " + cycle, "%",
					"Discharge capacity of cycle " + cycle + " / discharge capacity of the first complete cycle × 100.");
		}
		define(AVERAGE_CE, "Average coulombic efficiency", "%",
				"Mean of discharge / charge capacity × 100 over the complete cycles after the first (the first "
						+ "cycle's lithium loss to the SEI would dominate the mean).");
	}

	private MetricCatalog() {
	}

	static String sohCycle(int threshold) {
		return "soh" + threshold + "Cycle";
	}

	static String interphaseResistanceAfter(int cycles) {
		return "interphaseResistanceAfter" + cycles + "CyclesOhm";
	}

	static String retention(int cycle) {
		return "retentionPercentAtCycle" + cycle;
	}

	static Optional<MetricDefinition> find(String name) {
		return Optional.ofNullable(DEFINITIONS.get(name));
	}

	/** The metric's place in the catalog (the order the cell page lists them in); unknown names last. */
	static int order(String name) {
		int index = List.copyOf(DEFINITIONS.keySet()).indexOf(name);
		return (index < 0) ? Integer.MAX_VALUE : index;
	}

	static List<MetricDefinition> all() {
		return List.copyOf(DEFINITIONS.values());
	}

	static void define(String name, String label, String unit, String definition) {
		DEFINITIONS.put(name, new MetricDefinition(name, label, unit, definition));
	}

}
