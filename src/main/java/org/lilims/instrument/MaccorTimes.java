package org.lilims.instrument;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * MACCOR's durations ({@code 1d 03:11:47.409}) and local US date-times, parsed with explicit patterns, never the
 * JVM's locale.
 */
final class MaccorTimes {

	private static final List<DateTimeFormatter> HEADER_DATES = List.of(pattern("M/d/uuuu[ H:mm[:ss]]"),
			pattern("M/d/uuuu h:mm[:ss] a"), pattern("d MMMM uuuu[, H:mm[:ss]]"), pattern("d MMMM uuuu, h:mm[:ss] a"),
			pattern("EEEE, MMMM d, uuuu"), pattern("MMMM d, uuuu"));

	private MaccorTimes() {
	}

	private static DateTimeFormatter pattern(String pattern) {
		return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
	}

	/**
	 * Parses a header date such as {@code 10/10/2019} or {@code 11 December 2020, 12:22:12 PM}; the time is
	 * midnight when the header gives none.
	 */
	static @Nullable LocalDateTime headerDate(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String value = text.strip().replaceAll("\\s+", " ");
		for (DateTimeFormatter formatter : HEADER_DATES) {
			try {
				TemporalAccessor parsed = formatter.parseBest(value, LocalDateTime::from, LocalDate::from);
				return (parsed instanceof LocalDate date) ? date.atStartOfDay() : (LocalDateTime) parsed;
			}
			catch (DateTimeParseException ex) {
				// try the next pattern
			}
		}
		return null;
	}

	static boolean hasTimeOfDay(@Nullable String text) {
		return text != null && text.contains(":");
	}

	/**
	 * Parses {@code [d]d hh:mm:ss[.f...]} (any padding, any fraction) into seconds.
	 */
	static double durationSeconds(byte[] b, int start, int end) {
		Scanner s = new Scanner(b, start, end);
		s.skipSpaces();
		if (s.atEnd()) {
			return Double.NaN;
		}
		long days = 0;
		long first = s.digits();
		if (s.accept('d')) {
			days = first;
			s.skipSpaces();
			first = s.digits();
		}
		s.expect(':');
		long minutes = s.digits();
		double seconds = 0;
		if (s.accept(':')) {
			seconds = s.decimal();
		}
		s.skipSpaces();
		s.expectEnd();
		return days * 86400.0 + first * 3600.0 + minutes * 60.0 + seconds;
	}

	/**
	 * Parses {@code MM/DD/YYYY[ HH:MM[:SS[.f]]][ AM|PM]} or a time of day alone, which then falls on {@code date}.
	 * @return null for an empty cell
	 */
	static @Nullable LocalDateTime timestamp(byte[] b, int start, int end, @Nullable LocalDate date) {
		Scanner s = new Scanner(b, start, end);
		s.skipSpaces();
		if (s.atEnd()) {
			return null;
		}
		int first = (int) s.digits();
		LocalDate day = date;
		int hour = first;
		if (s.accept('/')) {
			int dayOfMonth = (int) s.digits();
			s.expect('/');
			int year = (int) s.digits();
			day = LocalDate.of((year < 100) ? 2000 + year : year, first, dayOfMonth);
			s.skipSpaces();
			if (s.atEnd()) {
				return day.atStartOfDay();
			}
			hour = (int) s.digits();
		}
		if (day == null) {
			throw new NumberFormatException("time of day without a date in the header");
		}
		s.expect(':');
		int minute = (int) s.digits();
		int second = 0;
		int nanos = 0;
		if (s.accept(':')) {
			double seconds = s.decimal();
			second = (int) seconds;
			nanos = (int) Math.round((seconds - second) * 1e9);
		}
		s.skipSpaces();
		if (s.acceptIgnoringCase('P')) {
			s.acceptIgnoringCase('M');
			hour = (hour % 12) + 12;
		}
		else if (s.acceptIgnoringCase('A')) {
			s.acceptIgnoringCase('M');
			hour = hour % 12;
		}
		s.skipSpaces();
		s.expectEnd();
		return LocalDateTime.of(day, LocalTime.of(hour, minute, second, Math.min(nanos, 999_999_999)));
	}

	private static final class Scanner {

		private final byte[] b;

		private int i;

		private final int end;

		Scanner(byte[] b, int start, int end) {
			this.b = b;
			this.i = start;
			int e = end;
			while (e > start && (b[e - 1] == ' ' || b[e - 1] == '"')) {
				e--;
			}
			while (this.i < e && b[this.i] == '"') {
				this.i++;
			}
			this.end = e;
		}

		boolean atEnd() {
			return this.i >= this.end;
		}

		void skipSpaces() {
			while (this.i < this.end && this.b[this.i] == ' ') {
				this.i++;
			}
		}

		long digits() {
			int from = this.i;
			long value = 0;
			while (this.i < this.end && this.b[this.i] >= '0' && this.b[this.i] <= '9' && this.i - from < 18) {
				value = value * 10 + (this.b[this.i++] - '0');
			}
			if (this.i == from) {
				throw new NumberFormatException("digits expected at '" + rest() + "'");
			}
			return value;
		}

		double decimal() {
			double value = digits();
			if (accept('.')) {
				double scale = 0.1;
				while (this.i < this.end && this.b[this.i] >= '0' && this.b[this.i] <= '9') {
					value += (this.b[this.i++] - '0') * scale;
					scale /= 10;
				}
			}
			return value;
		}

		boolean accept(char c) {
			if (this.i < this.end && this.b[this.i] == c) {
				this.i++;
				return true;
			}
			return false;
		}

		boolean acceptIgnoringCase(char upper) {
			return accept(upper) || accept(Character.toLowerCase(upper));
		}

		void expect(char c) {
			if (!accept(c)) {
				throw new NumberFormatException("'" + c + "' expected at '" + rest() + "'");
			}
		}

		void expectEnd() {
			if (!atEnd()) {
				throw new NumberFormatException("unexpected '" + rest() + "'");
			}
		}

		private String rest() {
			return new String(this.b, this.i, this.end - this.i, java.nio.charset.StandardCharsets.ISO_8859_1);
		}

	}

}
