package org.lilims.instrument;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One {@code .ndc} stream of a Neware {@code .ndax}, read a page at a time. A header page tells the stream's type
 * (byte 0: 1 data, 5 auxiliary channel, 7 steps, 18 run info) and version (byte 2); then come pages that each count,
 * as a little-endian u16 at byte 2, the fixed-length records they carry from a version-dependent offset on. Records
 * are numbered from 1 across pages.
 */
final class NewareNdcStream implements Closeable {

	static final int PAGE_BYTES = 4096;

	private final InputStream in;

	private final String name;

	private final byte[] page = new byte[PAGE_BYTES];

	private final ByteBuffer buffer = ByteBuffer.wrap(this.page).order(ByteOrder.LITTLE_ENDIAN);

	private final int type;

	private final int version;

	private int firstOffset;

	private int recordBytes = 1;

	private int capacity;

	private long pages;

	private int count;

	private int nextInPage;

	private int at;

	private long recordNumber;

	NewareNdcStream(InputStream in, String name) throws IOException {
		this.in = in;
		this.name = name;
		int read = in.readNBytes(this.page, 0, PAGE_BYTES);
		if (read < PAGE_BYTES) {
			throw new ParseException(1, name + " has no ndc header (" + read + " of " + PAGE_BYTES + " bytes)");
		}
		this.type = this.page[0] & 0xFF;
		this.version = this.page[2] & 0xFF;
	}

	String name() {
		return this.name;
	}

	int type() {
		return this.type;
	}

	int version() {
		return this.version;
	}

	/** The stream, which must be of {@code expectedType}; a clear failure otherwise. */
	NewareNdcStream ofType(int expectedType) {
		if (this.type != expectedType) {
			throw new ParseException(1, this.name + " is of ndc type " + this.type + ", expected " + expectedType);
		}
		return this;
	}

	/**
	 * Sets where records start in a page, their length and how many bytes close a page.
	 */
	NewareNdcStream layout(int firstOffset, int recordBytes, int trailerBytes) {
		this.firstOffset = firstOffset;
		this.recordBytes = recordBytes;
		this.capacity = (PAGE_BYTES - firstOffset - trailerBytes) / recordBytes;
		return this;
	}

	/**
	 * Moves to the next record; false at the end of the stream.
	 */
	boolean next() throws IOException {
		while (this.nextInPage >= this.count) {
			int read = this.in.readNBytes(this.page, 0, PAGE_BYTES);
			if (read == 0) {
				return false;
			}
			this.pages++;
			if (read < PAGE_BYTES) {
				throw new ParseException(this.recordNumber + 1, this.name + " ends inside page " + this.pages + " ("
						+ read + " of " + PAGE_BYTES + " bytes)");
			}
			this.count = Short.toUnsignedInt(this.buffer.getShort(2));
			if (this.count > this.capacity) {
				throw new ParseException(this.recordNumber + 1, this.name + " page " + this.pages + " counts "
						+ this.count + " records, room for " + this.capacity);
			}
			this.nextInPage = 0;
		}
		this.at = this.firstOffset + this.nextInPage * this.recordBytes;
		this.nextInPage++;
		this.recordNumber++;
		return true;
	}

	/** 1-based number of the current record in the stream. */
	long recordNumber() {
		return this.recordNumber;
	}

	int u8(int offset) {
		return this.page[this.at + offset] & 0xFF;
	}

	int u16(int offset) {
		return Short.toUnsignedInt(this.buffer.getShort(this.at + offset));
	}

	int i32(int offset) {
		return this.buffer.getInt(this.at + offset);
	}

	long u32(int offset) {
		return Integer.toUnsignedLong(this.buffer.getInt(this.at + offset));
	}

	long i64(int offset) {
		return this.buffer.getLong(this.at + offset);
	}

	float f32(int offset) {
		return this.buffer.getFloat(this.at + offset);
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
