package org.lilims.analysis;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.eis.FittedParameter;
import org.lilims.analysis.symmetric.HalfCycleMetrics;

/**
 * Every column of a cell's per-cycle, half-cycle and impedance-fit tables, with its definition: the cell page's
 * column tooltips and {@code GET /api/v1/analysis/metrics} (scopes {@code cycle}, {@code halfCycle},
 * {@code spectrum}) read them from here. Column names are the JSON fields of the tables' APIs.
 */
final class TableColumns {

	static final String CYCLE = "cycle";

	static final String HALF_CYCLE = "halfCycle";

	static final String SPECTRUM = "spectrum";

	private static final String CAPACITY = "the instrument's capacity counter summed over its resets, or the integral "
			+ "of |I| dt where the file has no counter";

	static final List<TableColumn<CycleRow>> CYCLES = List.of(
			cycle("cycle", "Cycle", "cycle", "The cycle number as the file numbers it (or as derived, charge first, "
					+ "when the file has none).", CycleRow::cycle),
			cycle("chargeCapacityMah", "Charge capacity", "mAh", "Charge passed while charging: " + CAPACITY + ".",
					CycleRow::chargeCapacityMah),
			cycle("dischargeCapacityMah", "Discharge capacity", "mAh",
					"Charge passed while discharging: " + CAPACITY + ".", CycleRow::dischargeCapacityMah),
			cycle("specificChargeCapacityMahPerG", "Specific charge capacity", "mAh/g",
					"Charge capacity divided by the cathode's active mass (mass loading × electrode area); empty "
							+ "when the cell has no recorded active mass.",
					CycleRow::specificChargeCapacityMahPerG),
			cycle("specificDischargeCapacityMahPerG", "Specific discharge capacity", "mAh/g",
					"Discharge capacity divided by the cathode's active mass (mass loading × electrode area); empty "
							+ "when the cell has no recorded active mass.",
					CycleRow::specificDischargeCapacityMahPerG),
			cycle("arealChargeCapacityMahPerCm2", "Areal charge capacity", "mAh/cm²",
					"Charge capacity divided by the electrode area.", CycleRow::arealChargeCapacityMahPerCm2),
			cycle("arealDischargeCapacityMahPerCm2", "Areal discharge capacity", "mAh/cm²",
					"Discharge capacity divided by the electrode area.", CycleRow::arealDischargeCapacityMahPerCm2),
			cycle("coulombicEfficiencyPercent", "Coulombic efficiency", "%",
					"Discharge / charge capacity of the same cycle × 100 (empty unless both are positive).",
					CycleRow::coulombicEfficiencyPercent),
			cycle("chargeEnergyMwh", "Charge energy", "mWh", "∫ V·|I| dt while charging (trapezoids between samples).",
					CycleRow::chargeEnergyMwh),
			cycle("dischargeEnergyMwh", "Discharge energy", "mWh",
					"∫ V·|I| dt while discharging (trapezoids between samples).", CycleRow::dischargeEnergyMwh),
			cycle("energyEfficiencyPercent", "Energy efficiency", "%", "Discharge / charge energy × 100.",
					CycleRow::energyEfficiencyPercent),
			cycle("meanChargeVoltageV", "Mean charge voltage", "V",
					"Charge energy / the integrated charge: the capacity-weighted mean voltage while charging.",
					CycleRow::meanChargeVoltageV),
			cycle("meanDischargeVoltageV", "Mean discharge voltage", "V",
					"Discharge energy / the integrated charge: the capacity-weighted mean voltage while discharging.",
					CycleRow::meanDischargeVoltageV),
			cycle("endOfChargeVoltageV", "End-of-charge voltage", "V", "Voltage of the cycle's last charging sample.",
					CycleRow::endOfChargeVoltageV),
			cycle("endOfDischargeVoltageV", "End-of-discharge voltage", "V",
					"Voltage of the cycle's last discharging sample.", CycleRow::endOfDischargeVoltageV),
			cycle("durationSeconds", "Duration", "s",
					"Test time from the cycle's first sample to the next cycle's first (or the file's last).",
					CycleRow::durationSeconds),
			cycle("stateOfHealthPercent", "State of health", "%",
					"Discharge capacity / reference capacity (the highest discharge capacity among the first 3 "
							+ "complete cycles) × 100; empty for an incomplete cycle.",
					CycleRow::stateOfHealthPercent));

	static final List<TableColumn<HalfCycleMetrics>> HALF_CYCLES = List.of(
			halfCycle("index", "Half-cycle", "", "The half-cycle's position from 1: a run of rows of one direction, "
					+ "from one change of direction to the next.", HalfCycleMetrics::index),
			halfCycle("cycle", "Cycle", "cycle", "Cycle counted from the data: cycle 1 starts with the first "
					+ "half-cycle, and a new cycle starts each time that first direction comes back.",
					HalfCycleMetrics::cycle),
			halfCycle("direction", "Direction", "", "Plating or stripping (the file's State C or D).",
					HalfCycleMetrics::direction),
			halfCycle("plateauVolts", "Plateau overpotential", "V",
					"Time-weighted mean |V| from 10 % to 90 % of the half-cycle's duration.",
					HalfCycleMetrics::plateauVolts),
			halfCycle("peakVolts", "Peak overpotential", "V", "Largest |V| of any row of the half-cycle.",
					HalfCycleMetrics::peakVolts),
			halfCycle("tipVolts", "Nucleation tip", "V",
					"Largest |V| before the plateau window (the first 10 % of the duration).",
					HalfCycleMetrics::tipVolts),
			halfCycle("shape", "Profile shape", "", "Peaking: the tip exceeds the middle |V| (40–60 %) by the peaking "
					+ "fraction; arcing: the late |V| (70–90 %) exceeds it by the arcing fraction; flat: neither "
					+ "(after Wood et al., ACS Cent. Sci. 2016).", HalfCycleMetrics::shape),
			halfCycle("durationSeconds", "Duration", "s",
					"Time on current from the half-cycle's first row to its last (rests inside it not counted).",
					HalfCycleMetrics::durationSeconds),
			halfCycle("chargeMilliampHours", "Charge", "mAh",
					"Charge passed: |I| integrated over time (trapezoidal rule).", HalfCycleMetrics::chargeMilliampHours),
			halfCycle("reachedCutOff", "Cut-off reached", "",
					"Whether |V| reached the protocol's cut-off in this half-cycle.", HalfCycleMetrics::reachedCutOff));

	static final List<TableColumn<SpectrumFit>> SPECTRA_BEFORE_PARAMETERS = List.of(
			spectrum("spectrum", "Spectrum", "", "The spectrum's number in its file.", SpectrumFit::spectrum),
			spectrum("cycle", "Cycle", "cycle", "The cycle of the cell's cycling data that had begun when the spectrum "
					+ "was measured (0 before the cycling began); empty when either file has no time.",
					SpectrumFit::cycle));

	/** The fitted circuit's parameters: one column each, named after the parameter. */
	static final DefinitionView PARAMETERS = new DefinitionView("parameters", "Fitted parameter", "",
			"Best-fit value of the equivalent circuit's parameter (Levenberg–Marquardt) ± one standard error from the "
					+ "covariance √diag((JᵀJ)⁻¹·s²), s² the reduced χ².",
			SPECTRUM);

	static final List<TableColumn<SpectrumFit>> SPECTRA_AFTER_PARAMETERS = List.of(
			spectrum("chiSquare", "χ²", "Ω²",
					"The minimised objective Σ (ΔRe² + ΔIm²) over the fitted points (unweighted).",
					SpectrumFit::chiSquare),
			spectrum("rmseOhms", "RMSE", "Ω", "Root-mean-square misfit √(Σ |Z_fit − Z|² / N), unweighted.",
					SpectrumFit::rmseOhms),
			spectrum("converged", "Converged", "", "Whether the optimiser met its tolerances.",
					SpectrumFit::converged),
			spectrum("interphaseResistanceOhms", "R_int", "Ω", "Interphase resistance: the resistances of the "
					+ "circuit's RC/R-CPE arcs ± its standard error; empty without an arc.",
					fit -> Figures.Estimate.of(fit.interphaseResistanceOhms(),
							fit.interphaseResistanceStandardErrorOhms())),
			spectrum("kramersKronigMaxResidualPercent", "Lin-KK residual", "%", "The largest Lin-KK residual "
					+ "(Schönleber et al. 2014), real or imaginary, in % of |Z|: below about 1 % the spectrum is "
					+ "linear, causal and stable; empty when the test could not run.",
					SpectrumFit::kramersKronigMaxResidualPercent));

	private TableColumns() {
	}

	/** Every column's definition, table by table. */
	static List<DefinitionView> definitions() {
		return Stream.of(CYCLES.stream().map(TableColumn::definition),
				HALF_CYCLES.stream().map(TableColumn::definition),
				SPECTRA_BEFORE_PARAMETERS.stream().map(TableColumn::definition), Stream.of(PARAMETERS),
				SPECTRA_AFTER_PARAMETERS.stream().map(TableColumn::definition))
			.flatMap(definitions -> definitions)
			.toList();
	}

	/** A fitted parameter's column: its name and unit, the generic definition said of its element. */
	static DefinitionView parameter(FittedParameter parameter) {
		return new DefinitionView(parameter.name(), parameter.name(), parameter.unit(), "Element "
				+ parameter.element() + ", quantity " + parameter.quantity() + ". " + PARAMETERS.definition(),
				SPECTRUM);
	}

	private static TableColumn<CycleRow> cycle(String name, String label, String unit, String definition,
			Function<CycleRow, @Nullable Object> value) {
		return TableColumn.of(CYCLE, name, label, unit, definition, value);
	}

	private static TableColumn<HalfCycleMetrics> halfCycle(String name, String label, String unit, String definition,
			Function<HalfCycleMetrics, @Nullable Object> value) {
		return TableColumn.of(HALF_CYCLE, name, label, unit, definition, value);
	}

	private static TableColumn<SpectrumFit> spectrum(String name, String label, String unit, String definition,
			Function<SpectrumFit, @Nullable Object> value) {
		return TableColumn.of(SPECTRUM, name, label, unit, definition, value);
	}

}
