package org.lilims.cycling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An EIS measurement plan as API clients see it.
 *
 * @param id its id
 * @param cellCode code of the cell measured
 * @param cyclingTestId the cycling test of that cell the plan belongs to, if any
 * @param potentiostat the instrument, e.g. {@code BioLogic VMP-300}
 * @param channel its channel
 * @param highFrequencyHz start of the sweep in Hz
 * @param lowFrequencyHz end of the sweep in Hz
 * @param amplitudeMv potentiostatic excitation amplitude in mV
 * @param pointsPerDecade frequencies measured per decade
 * @param schedule the rules as given
 * @param scheduledCycles the cycles after which to measure, expanded from the rules
 * @param notes free text
 * @param createdBy user who recorded it
 * @param createdAt when it was recorded
 * @param version optimistic-locking version
 */
record EisPlanView(long id, String cellCode, @Nullable Long cyclingTestId, String potentiostat, String channel,
		BigDecimal highFrequencyHz, BigDecimal lowFrequencyHz, BigDecimal amplitudeMv, int pointsPerDecade,
		List<EisSchedule.Rule> schedule, List<Integer> scheduledCycles, @Nullable String notes, String createdBy,
		Instant createdAt, long version) {
}
