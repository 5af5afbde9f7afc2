package org.lilims.instrument;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * OLE Automation dates (Arbin {@code .res} {@code Start_DateTime}, {@code DateTime}): days since 1899-12-30 00:00 in
 * the instrument's local time, the fraction being the time of day, to the millisecond.
 */
final class OleAutomationDate {

	private static final LocalDateTime EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);

	private static final double MILLIS_PER_DAY = 86_400_000d;

	private OleAutomationDate() {
	}

	// 1 Jan 10000: beyond it a value is not a date (and would overflow the arithmetic)
	private static final double MAX_DAYS = 2_958_466;

	/** The local time of {@code days}; null for NaN, infinite or absurd values (before 1 CE or after 9999). */
	static @Nullable LocalDateTime toLocal(double days) {
		if (Double.isNaN(days) || Double.isInfinite(days) || Math.abs(days) > MAX_DAYS) {
			return null;
		}
		// before the epoch the whole part counts days back and the fraction still counts the time forward
		long wholeDays = (long) days;
		long timeMillis = Math.round(Math.abs(days - wholeDays) * MILLIS_PER_DAY);
		return EPOCH.plusDays(wholeDays).plusNanos(timeMillis * 1_000_000L);
	}

}
