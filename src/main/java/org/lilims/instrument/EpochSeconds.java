package org.lilims.instrument;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * Epoch-second timestamps (Arbin {@code DateTime}, BDF {@code Unix Time}) as local times in the assumed zone, to the
 * millisecond; the raw value stays in the row's other columns.
 */
final class EpochSeconds {

	private EpochSeconds() {
	}

	/** The local time of {@code epochSeconds} in {@code zone}; null for NaN or a value not above 0. */
	static @Nullable LocalDateTime toLocal(double epochSeconds, ZoneId zone) {
		return (Double.isNaN(epochSeconds) || epochSeconds <= 0) ? null
				: LocalDateTime.ofInstant(Instant.ofEpochMilli(Math.round(epochSeconds * 1000)), zone);
	}

}
