package org.lilims.cycling;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A cycling test as other modules and API clients see it.
 *
 * @param id its id
 * @param cellCode code of the cell under test, e.g. {@code CC-0001}
 * @param cycler the instrument, e.g. {@code MACCOR Series 4000}
 * @param channel the instrument's channel
 * @param protocol how the cell is cycled
 * @param temperatureC chamber temperature in °C
 * @param plannedCycles how many cycles the test should run, if known
 * @param status where the test is in its life
 * @param startedAt when it went on the cycler
 * @param finishedAt when it finished or was aborted
 * @param abortReason why it was aborted
 * @param notes free text
 * @param createdBy user who planned it
 * @param createdAt when it was planned
 * @param version optimistic-locking version, to send back with changes
 */
public record CyclingTestView(long id, String cellCode, String cycler, String channel, CyclingProtocol protocol,
		BigDecimal temperatureC, @Nullable Integer plannedCycles, CyclingTestStatus status, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable String abortReason, @Nullable String notes, String createdBy,
		Instant createdAt, long version) {
}
