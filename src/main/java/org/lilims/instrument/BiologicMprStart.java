package org.lilims.instrument;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The acquisition start of an EC-Lab binary file: an OLE date in the {@code VMP LOG} module, which EC-Lab writes after
 * the data. Its offset in the module varies between EC-Lab versions for no documented reason, so each known offset is
 * tried and a value is taken only when it falls on the date in the {@code VMP Set} module's header (the check the
 * public readers make).
 */
final class BiologicMprStart {

	// offsets seen in files of different EC-Lab versions (galvani's reader tries the same ones)
	private static final int[] OLE_OFFSETS = { 465, 469, 473, 585 };

	private static final DateTimeFormatter[] HEADER_DATES = { DateTimeFormatter.ofPattern("MM/dd/yy"),
			DateTimeFormatter.ofPattern("MM-dd-yy") };

	private BiologicMprStart() {
	}

	static Optional<LocalDateTime> startIn(byte[] log, @Nullable LocalDate settingsDate) {
		int offset = offset(log, settingsDate);
		return (offset < 0) ? Optional.empty() : Optional.ofNullable(OleAutomationDate.toLocal(double64(log, offset)));
	}

	/**
	 * The recorded file's path, a length-prefixed string right after the start time; null where no start is found.
	 */
	static @Nullable String fileIn(byte[] log, @Nullable LocalDate settingsDate) {
		int offset = offset(log, settingsDate);
		int at = offset + Double.BYTES;
		if (offset < 0 || at >= log.length) {
			return null;
		}
		int length = log[at] & 0xFF;
		if (length == 0 || at + 1 + length > log.length) {
			return null;
		}
		return new String(log, at + 1, length, BiologicMptParser.WINDOWS_1252);
	}

	/** The first known offset of the start time whose value is plausible, -1 when none is. */
	private static int offset(byte[] log, @Nullable LocalDate settingsDate) {
		for (int offset : OLE_OFFSETS) {
			if (offset + Double.BYTES > log.length) {
				continue;
			}
			LocalDateTime time = OleAutomationDate.toLocal(double64(log, offset));
			if (time != null && (settingsDate == null ? time.getYear() > 2000 && time.getYear() < 2100
					: time.toLocalDate().equals(settingsDate))) {
				return offset;
			}
		}
		return -1;
	}

	private static double double64(byte[] log, int offset) {
		return ByteBuffer.wrap(log).order(ByteOrder.LITTLE_ENDIAN).getDouble(offset);
	}

	static @Nullable LocalDate headerDate(String text) {
		for (DateTimeFormatter format : HEADER_DATES) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next layout
			}
		}
		return null;
	}

}
