package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the records of an EC-Lab binary file ({@code .mpr}) as they stream by: the magic, the modules before
 * {@code VMP data} (skipped), that module's point count and column IDs, then one packed record at a time. Modules
 * after the data ({@code VMP LOG}, {@code VMP loop}) are skipped. Errors name the module or the 1-based record.
 */
final class BiologicMprReader {

	static final byte[] MAGIC = "BIO-LOGIC MODULAR FILE\u001a".getBytes(StandardCharsets.ISO_8859_1);

	private static final int MAGIC_BYTES = 52;

	private static final int NAME_BYTES = 35;

	private static final int NEW_LAYOUT = 0xFFFF_FFFF;

	private static final int DATE_BYTES = 8;

	private final InputStream in;

	private final BiologicMprColumns columns;

	private final long points;

	private final byte[] record;

	private final ByteBuffer buffer;

	private long read;

	BiologicMprReader(InputStream in) throws IOException {
		this.in = in;
		readMagic(in);
		while (true) {
			ModuleHeader module = ModuleHeader.read(in);
			if (module.name().equals("VMP data")) {
				DataHeader header = DataHeader.read(in, module);
				this.columns = header.columns();
				this.points = header.points();
				break;
			}
			in.skipNBytes(module.length());
		}
		this.record = new byte[this.columns.recordBytes];
		this.buffer = ByteBuffer.wrap(this.record).order(ByteOrder.LITTLE_ENDIAN);
	}

	static void readMagic(InputStream in) throws IOException {
		byte[] magic = in.readNBytes(MAGIC_BYTES);
		if (magic.length < MAGIC.length || !Arrays.equals(magic, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			throw new ParseException(1, "not an EC-Lab binary file: no 'BIO-LOGIC MODULAR FILE' magic");
		}
	}

	List<BiologicMprColumns.Field> fields() {
		return this.columns.fields;
	}

	List<String> names() {
		return this.columns.names();
	}

	long points() {
		return this.points;
	}

	/** 1-based number of the record last read. */
	long recordNumber() {
		return this.read;
	}

	/**
	 * Reads the next record into {@code values} (one per field); false after the last, when the rest of the file is
	 * skipped.
	 */
	boolean next(double[] values) throws IOException {
		if (this.read == this.points) {
			this.in.transferTo(OutputStream.nullOutputStream());
			return false;
		}
		if (this.in.readNBytes(this.record, 0, this.record.length) < this.record.length) {
			throw new ParseException(this.read + 1, "file ends within record " + (this.read + 1) + " of " + this.points);
		}
		this.read++;
		List<BiologicMprColumns.Field> fields = this.columns.fields;
		for (int i = 0; i < fields.size(); i++) {
			values[i] = fields.get(i).value(this.buffer);
		}
		return true;
	}

	/** The values as a tab-separated line, like a text export's. */
	String text(double[] values) {
		StringBuilder line = new StringBuilder();
		List<BiologicMprColumns.Field> fields = this.columns.fields;
		for (int i = 0; i < fields.size(); i++) {
			line.append((i > 0) ? "\t" : "").append(fields.get(i).text(values[i]));
		}
		return line.toString();
	}

	/**
	 * A module's header: {@code MODULE}, short and long names, then length, version and date; from EC-Lab 11.50 a
	 * {@code FF FF FF FF} comes first and an extra version after the version.
	 */
	record ModuleHeader(String name, long length, long version, boolean newLayout, String date) {

		static ModuleHeader read(InputStream in) throws IOException {
			byte[] start = in.readNBytes(6 + NAME_BYTES + 4);
			if (start.length < 6 + NAME_BYTES + 4 || !new String(start, 0, 6, StandardCharsets.ISO_8859_1).equals("MODULE")) {
				throw new ParseException(1, "no VMP data module: expected 'MODULE'");
			}
			String name = new String(start, 6, 10, StandardCharsets.ISO_8859_1).strip();
			ByteBuffer first = ByteBuffer.wrap(start, 6 + NAME_BYTES, 4).order(ByteOrder.LITTLE_ENDIAN);
			int value = first.getInt();
			boolean newLayout = value == NEW_LAYOUT;
			ByteBuffer rest = ByteBuffer.wrap(in.readNBytes(newLayout ? 20 : 12)).order(ByteOrder.LITTLE_ENDIAN);
			if (rest.remaining() < (newLayout ? 20 : 12)) {
				throw new ParseException(1, "file ends within the header of module '" + name + "'");
			}
			long length = Integer.toUnsignedLong(newLayout ? rest.getInt() : value);
			long version = Integer.toUnsignedLong(rest.getInt());
			byte[] date = new byte[DATE_BYTES];
			rest.position(rest.limit() - DATE_BYTES).get(date);
			return new ModuleHeader(name, length, version, newLayout,
					new String(date, StandardCharsets.ISO_8859_1).strip());
		}

	}

	/** The start of the data module: point count and column IDs, by module version. */
	record DataHeader(long points, BiologicMprColumns columns) {

		static DataHeader read(InputStream in, ModuleHeader module) throws IOException {
			int idBytes;
			int countBytes;
			int dataStart;
			if (module.newLayout() && module.version() == 0) {
				countBytes = 2;
				idBytes = 2;
				dataStart = 1007;
			}
			else if (module.version() == 2 || module.version() == 3) {
				countBytes = 1;
				idBytes = 2;
				dataStart = (module.version() == 3) ? 406 : 405;
			}
			else if (module.version() == 0) {
				countBytes = 1;
				idBytes = 1;
				dataStart = 100;
			}
			else {
				throw new ParseException(1, "unknown VMP data module version " + module.version());
			}
			if (module.length() < dataStart) {
				throw new ParseException(1, "VMP data module of " + module.length() + " bytes is shorter than its header");
			}
			ByteBuffer header = ByteBuffer.wrap(in.readNBytes(dataStart)).order(ByteOrder.LITTLE_ENDIAN);
			if (header.remaining() < dataStart) {
				throw new ParseException(1, "file ends within the VMP data module's header");
			}
			long points = Integer.toUnsignedLong(header.getInt(0));
			int count = (countBytes == 2) ? header.getShort(4) & 0xFFFF : header.get(4) & 0xFF;
			int first = 4 + countBytes;
			if (first + count * idBytes > dataStart) {
				throw new ParseException(1, "VMP data module lists " + count + " columns, more than its header holds");
			}
			int[] ids = new int[count];
			for (int i = 0; i < count; i++) {
				ids[i] = (idBytes == 2) ? header.getShort(first + 2 * i) & 0xFFFF : header.get(first + i) & 0xFF;
			}
			BiologicMprColumns columns = new BiologicMprColumns(ids);
			if (module.length() != dataStart + points * columns.recordBytes) {
				throw new ParseException(1, "VMP data module of " + module.length() + " bytes does not hold " + points
						+ " records of " + columns.recordBytes + " bytes after " + dataStart + " header bytes");
			}
			return new DataHeader(points, columns);
		}

	}

}
