package org.lilims.instrument;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cells of one line as offsets into the line buffer, and number parsing straight from those bytes: the hot path
 * of every text parser allocates nothing per cell.
 */
final class Cells {

	private static final long EXACT_MANTISSA_LIMIT = 1L << 53;

	private static final double[] POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
			1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

	private final byte delimiter;

	private byte[] buffer = new byte[0];

	private int[] starts = new int[64];

	private int[] ends = new int[64];

	private int count;

	Cells(char delimiter) {
		this.delimiter = (byte) delimiter;
	}

	/**
	 * Splits {@code buffer[start, end)} on the delimiter; a quoted cell may hold the delimiter.
	 */
	void split(byte[] buffer, int start, int end) {
		split(buffer, start, end, Integer.MAX_VALUE);
	}

	/**
	 * Splits like {@link #split(byte[], int, int)} but stops after {@code maxCells} cells: the rest of a wide line is
	 * not looked at when nobody needs it.
	 */
	void split(byte[] buffer, int start, int end, int maxCells) {
		this.buffer = buffer;
		this.count = 0;
		int cellStart = start;
		boolean quoted = false;
		for (int i = start; i < end; i++) {
			byte b = buffer[i];
			if (b == '"') {
				quoted = !quoted;
			}
			else if (b == this.delimiter && !quoted) {
				add(cellStart, i);
				cellStart = i + 1;
				if (this.count == maxCells) {
					return;
				}
			}
		}
		add(cellStart, end);
	}

	private void add(int start, int end) {
		if (this.count == this.starts.length) {
			this.starts = Arrays.copyOf(this.starts, this.count * 2);
			this.ends = Arrays.copyOf(this.ends, this.count * 2);
		}
		this.starts[this.count] = start;
		this.ends[this.count] = end;
		this.count++;
	}

	int count() {
		return this.count;
	}

	List<String> strings() {
		List<String> strings = new ArrayList<>(this.count);
		for (int i = 0; i < this.count; i++) {
			strings.add(string(i));
		}
		return strings;
	}

	/**
	 * Returns the cell trimmed (spaces, tabs) and unquoted, or "" when the line is shorter.
	 */
	String string(int index) {
		if (index < 0 || index >= this.count) {
			return "";
		}
		int start = this.starts[index];
		int end = this.ends[index];
		while (start < end && trimmed(this.buffer[start])) {
			start++;
		}
		while (end > start && trimmed(this.buffer[end - 1])) {
			end--;
		}
		return new String(this.buffer, start, end - start, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Parses the cell as a decimal number; NaN when it is empty, {@code N/A} or the line is shorter. Thousands
	 * separators (CSV re-saves) are skipped.
	 * @throws NumberFormatException when the cell is not a number
	 */
	double number(int index) {
		if (index < 0 || index >= this.count) {
			return Double.NaN;
		}
		byte[] b = this.buffer;
		int start = this.starts[index];
		int end = this.ends[index];
		while (start < end && trimmed(b[start])) {
			start++;
		}
		while (end > start && trimmed(b[end - 1])) {
			end--;
		}
		if (start == end || (end - start == 3 && b[start] == 'N' && b[start + 1] == '/' && b[start + 2] == 'A')) {
			return Double.NaN;
		}
		int i = start;
		boolean negative = b[i] == '-';
		if (negative || b[i] == '+') {
			i++;
		}
		long mantissa = 0;
		int fractionDigits = 0;
		boolean point = false;
		boolean digits = false;
		for (; i < end; i++) {
			byte c = b[i];
			if (c >= '0' && c <= '9') {
				mantissa = mantissa * 10 + (c - '0');
				digits = true;
				if (point) {
					fractionDigits++;
				}
				if (mantissa >= EXACT_MANTISSA_LIMIT || fractionDigits >= POWERS_OF_TEN.length) {
					return slowNumber(start, end);
				}
			}
			else if (c == '.' && !point) {
				point = true;
			}
			else if (c != ',') {
				return slowNumber(start, end);
			}
		}
		if (!digits) {
			throw new NumberFormatException("not a number: '" + string(index) + "'");
		}
		// both operands are exact doubles, so the division is correctly rounded, as Double.parseDouble would be
		double value = mantissa / POWERS_OF_TEN[fractionDigits];
		return negative ? -value : value;
	}

	// Neware writes a tab before some comma-separated cells, so that spreadsheets keep them as text
	private static boolean trimmed(byte b) {
		return b == ' ' || b == '"' || b == '\t';
	}

	private double slowNumber(int start, int end) {
		String text = new String(this.buffer, start, end - start, StandardCharsets.ISO_8859_1).replace(",", "");
		if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1)) && !text.endsWith(".")) {
			throw new NumberFormatException("not a number: '" + text + "'");
		}
		return Double.parseDouble(text);
	}

	/**
	 * Parses the cell as a whole number; {@code missing} when it is empty or {@code N/A}.
	 */
	int integer(int index, int missing) {
		double value = number(index);
		if (Double.isNaN(value)) {
			return missing;
		}
		if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
			throw new NumberFormatException("not a whole number: '" + string(index) + "'");
		}
		return (int) value;
	}

	/**
	 * Returns the state cell, sharing one string per common single-letter MACCOR state.
	 */
	String state(int index) {
		if (index >= 0 && index < this.count && this.ends[index] - this.starts[index] == 1) {
			return switch (this.buffer[this.starts[index]]) {
				case 'C' -> "C";
				case 'D' -> "D";
				case 'R' -> "R";
				case 'O' -> "O";
				case 'P' -> "P";
				case 'S' -> "S";
				default -> string(index);
			};
		}
		return string(index);
	}

	byte[] buffer() {
		return this.buffer;
	}

	int start(int index) {
		return this.starts[index];
	}

	int end(int index) {
		return this.ends[index];
	}

}
