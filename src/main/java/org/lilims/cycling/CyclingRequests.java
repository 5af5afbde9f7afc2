package org.lilims.cycling;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What clients send to plan and change cycling tests and EIS plans. Fields are nullable so that missing ones are
 * reported by name; units are in the names.
 */
final class CyclingRequests {

	private CyclingRequests() {
	}

	/**
	 * A cycling test to plan.
	 *
	 * @param cycler the instrument, e.g. {@code MACCOR Series 4000}
	 * @param channel its channel, e.g. {@code 12}
	 * @param protocol how the cell is cycled
	 * @param temperatureC chamber temperature in °C
	 * @param plannedCycles how many cycles the test should run, if known
	 * @param notes free text
	 */
	record NewCyclingTest(@Nullable String cycler, @Nullable String channel, @Nullable ProtocolRequest protocol,
			@Nullable BigDecimal temperatureC, @Nullable Integer plannedCycles, @Nullable String notes) {
	}

	/**
	 * A protocol: {@code type} plus the fields of that type (see {@link CyclingProtocol}).
	 */
	record ProtocolRequest(@Nullable String type, @Nullable BigDecimal currentDensityMaPerCm2,
			@Nullable BigDecimal arealCapacityMahPerCm2, @Nullable BigDecimal cutoffVoltageV,
			@Nullable BigDecimal lowerVoltageV, @Nullable BigDecimal upperVoltageV, @Nullable BigDecimal cRate,
			@Nullable BigDecimal oneCSpecificCurrentMaPerG, @Nullable BigDecimal oneCCapacityMah,
			@Nullable BigDecimal restMin, @Nullable Integer formationCycles) {
	}

	/**
	 * A change of a cycling test; {@code null} leaves a field as it is.
	 *
	 * @param status the new status
	 * @param reason why; required to abort
	 * @param notes new notes
	 * @param version the version the change is based on
	 */
	record CyclingTestChange(@Nullable String status, @Nullable String reason, @Nullable String notes,
			@Nullable Long version) {
	}

	/**
	 * An EIS measurement plan to record.
	 *
	 * @param potentiostat the instrument, e.g. {@code BioLogic VMP-300}
	 * @param channel its channel
	 * @param highFrequencyHz start of the sweep in Hz, e.g. 100000
	 * @param lowFrequencyHz end of the sweep in Hz, e.g. 0.1
	 * @param amplitudeMv potentiostatic excitation amplitude in mV
	 * @param pointsPerDecade frequencies measured per decade
	 * @param schedule after which cycles to measure
	 * @param cyclingTestId the cycling test of the same cell the plan belongs to, if any
	 * @param notes free text
	 */
	record NewEisPlan(@Nullable String potentiostat, @Nullable String channel, @Nullable BigDecimal highFrequencyHz,
			@Nullable BigDecimal lowFrequencyHz, @Nullable BigDecimal amplitudeMv, @Nullable Integer pointsPerDecade,
			@Nullable List<ScheduleRuleRequest> schedule, @Nullable Long cyclingTestId, @Nullable String notes) {
	}

	/**
	 * One rule of an EIS schedule, e.g. every 5th cycle from 15 to 50.
	 */
	record ScheduleRuleRequest(@Nullable Integer fromCycle, @Nullable Integer toCycle, @Nullable Integer every) {
	}

}
