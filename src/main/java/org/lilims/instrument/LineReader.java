package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines as byte ranges of a reused buffer, so data lines are never decoded into strings. Accepts LF and CRLF,
 * a missing final newline and a leading UTF-8 byte-order mark.
 */
final class LineReader {

	private static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

	private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
			ByteOrder.LITTLE_ENDIAN);

	private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

	private static final long ONES = 0x0101010101010101L;

	private static final long HIGH_BITS = 0x8080808080808080L;

	private final InputStream in;

	private byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private boolean endOfInput;

	private long lineNumber;

	private long discarded;

	private int lineStart;

	private int lineEnd;

	LineReader(InputStream in) {
		this.in = in;
	}

	/**
	 * Advances to the next line; false at the end of the input.
	 */
	boolean next() throws IOException {
		while (true) {
			int newline = indexOfNewline(this.buffer, this.position, this.limit);
			if (newline >= 0) {
				setLine(this.position, newline);
				this.position = newline + 1;
				return true;
			}
			if (this.endOfInput) {
				if (this.position < this.limit) {
					setLine(this.position, this.limit);
					this.position = this.limit;
					return true;
				}
				return false;
			}
			fill();
		}
	}

	// eight bytes at a time: a byte equal to '\n' becomes zero, and the lowest zero byte of a word is found exactly
	// by the classic "has zero byte" expression
	private static int indexOfNewline(byte[] b, int from, int to) {
		int i = from;
		for (; i + Long.BYTES <= to; i += Long.BYTES) {
			long word = (long) LONGS.get(b, i) ^ NEWLINES;
			long zeros = (word - ONES) & ~word & HIGH_BITS;
			if (zeros != 0) {
				return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
			}
		}
		for (; i < to; i++) {
			if (b[i] == '\n') {
				return i;
			}
		}
		return -1;
	}

	private void setLine(int start, int newline) {
		int end = (newline > start && this.buffer[newline - 1] == '\r') ? newline - 1 : newline;
		if (this.lineNumber == 0 && end - start >= 3 && (this.buffer[start] & 0xFF) == 0xEF
				&& (this.buffer[start + 1] & 0xFF) == 0xBB && (this.buffer[start + 2] & 0xFF) == 0xBF) {
			start += 3;
		}
		this.lineNumber++;
		this.lineStart = start;
		this.lineEnd = end;
	}

	private void fill() throws IOException {
		if (this.position > 0) {
			this.discarded += this.position;
			System.arraycopy(this.buffer, this.position, this.buffer, 0, this.limit - this.position);
			this.limit -= this.position;
			this.position = 0;
		}
		if (this.limit == this.buffer.length) {
			if (this.buffer.length >= MAX_LINE_BYTES) {
				throw new ParseException(this.lineNumber + 1, "line longer than " + MAX_LINE_BYTES + " bytes");
			}
			this.buffer = java.util.Arrays.copyOf(this.buffer, this.buffer.length * 2);
		}
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read < 0) {
			this.endOfInput = true;
		}
		else {
			this.limit += read;
		}
	}

	/**
	 * Where the next line starts, counted in bytes from the start of the input.
	 */
	long nextOffset() {
		return this.discarded + this.position;
	}

	byte[] buffer() {
		return this.buffer;
	}

	int start() {
		return this.lineStart;
	}

	int end() {
		return this.lineEnd;
	}

	long lineNumber() {
		return this.lineNumber;
	}

	boolean isBlank() {
		for (int i = this.lineStart; i < this.lineEnd; i++) {
			byte b = this.buffer[i];
			if (b != ' ' && b != '\t' && b != ',' && b != '"') {
				return false;
			}
		}
		return true;
	}

	String latin1() {
		return new String(this.buffer, this.lineStart, this.lineEnd - this.lineStart, StandardCharsets.ISO_8859_1);
	}

	/**
	 * Decodes a header line as UTF-8 when it is valid UTF-8, else as ISO-8859-1 (junk bytes in preambles).
	 */
	String text() {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(this.buffer, this.lineStart, this.lineEnd - this.lineStart))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return latin1();
		}
	}

}
