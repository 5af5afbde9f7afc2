package org.lilims.instrument;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The column IDs of an EC-Lab {@code .mpr} data module, named as the text export names them, and the packed
 * little-endian record they describe. IDs 1, 2, 3, 21, 31 and 65 share one flags byte, placed where the first of them
 * is listed.
 */
final class BiologicMprColumns {

	enum Type {

		FLAG(0), U2(2), U4(4), F4(4), F8(8);

		final int bytes;

		Type(int bytes) {
			this.bytes = bytes;
		}

	}

	/** One column of the record: where it is and how it is stored ({@code mask} for flags). */
	record Field(String name, Type type, int offset, int mask) {

		double value(ByteBuffer record) {
			return switch (this.type) {
				case FLAG -> (record.get(this.offset) & this.mask) >>> Integer.numberOfTrailingZeros(this.mask);
				case U2 -> record.getShort(this.offset) & 0xFFFF;
				case U4 -> record.getInt(this.offset) & 0xFFFF_FFFFL;
				case F4 -> record.getFloat(this.offset);
				case F8 -> record.getDouble(this.offset);
			};
		}

		/** The value as text, float32 columns with the digits a float has. */
		String text(double value) {
			return switch (this.type) {
				case F4 -> Float.toString((float) value);
				case F8 -> Double.toString(value);
				default -> Long.toString((long) value);
			};
		}

	}

	private record Column(String name, Type type, int mask) {
	}

	private static final Map<Integer, Column> COLUMNS = Map.ofEntries(flag(1, "mode", 0x03), flag(2, "ox/red", 0x04),
			flag(3, "error", 0x08), flag(21, "control changes", 0x10), flag(31, "Ns changes", 0x20),
			flag(65, "counter inc.", 0x80), column(4, "time/s", Type.F8), column(5, "control/V/mA", Type.F4),
			column(6, "Ewe/V", Type.F4), column(7, "dq/mA.h", Type.F8), column(8, "I/mA", Type.F4),
			column(9, "Ece/V", Type.F4), column(11, "<I>/mA", Type.F8), column(13, "(Q-Qo)/mA.h", Type.F8),
			column(16, "Analog IN 1/V", Type.F4), column(17, "Analog IN 2/V", Type.F4),
			column(19, "control/V", Type.F4), column(20, "control/mA", Type.F4), column(23, "dQ/mA.h", Type.F8),
			column(24, "cycle number", Type.F8), column(32, "freq/Hz", Type.F4), column(33, "|Ewe|/V", Type.F4),
			column(34, "|I|/A", Type.F4), column(35, "Phase(Z)/deg", Type.F4), column(36, "|Z|/Ohm", Type.F4),
			column(37, "Re(Z)/Ohm", Type.F4), column(38, "-Im(Z)/Ohm", Type.F4), column(39, "I Range", Type.U2),
			column(69, "R/Ohm", Type.F4), column(70, "P/W", Type.F4), column(74, "|Energy|/W.h", Type.F8),
			column(76, "<I>/mA", Type.F4), column(77, "<Ewe>/V", Type.F4), column(96, "|Ece|/V", Type.F4),
			column(98, "Phase(Zce)/deg", Type.F4), column(99, "|Zce|/Ohm", Type.F4),
			column(100, "Re(Zce)/Ohm", Type.F4), column(101, "-Im(Zce)/Ohm", Type.F4),
			column(123, "Energy charge/W.h", Type.F8), column(124, "Energy discharge/W.h", Type.F8),
			column(125, "Capacitance charge/\u00B5F", Type.F8), column(126, "Capacitance discharge/\u00B5F", Type.F8),
			column(131, "Ns", Type.U2), column(169, "Cs/\u00B5F", Type.F4), column(172, "Cp/\u00B5F", Type.F4),
			column(174, "<Ewe>/V", Type.F4), column(430, "Phase(Zwe-ce)/deg", Type.F4),
			column(431, "|Zwe-ce|/Ohm", Type.F4), column(432, "Re(Zwe-ce)/Ohm", Type.F4),
			column(433, "-Im(Zwe-ce)/Ohm", Type.F4), column(434, "(Q-Qo)/C", Type.F4), column(435, "dQ/C", Type.F4),
			column(441, "<Ece>/V", Type.F4), column(467, "Q charge/discharge/mA.h", Type.F8),
			column(468, "half cycle", Type.U4), column(471, "<Ece>/V", Type.F4));

	final List<Field> fields;

	final int recordBytes;

	/**
	 * @throws ParseException naming the first ID that is not in the table
	 */
	BiologicMprColumns(int[] ids) {
		List<Field> list = new ArrayList<>();
		int offset = 0;
		int flagsOffset = -1;
		for (int id : ids) {
			Column column = COLUMNS.get(id);
			if (column == null) {
				throw new ParseException(1, "unknown column ID " + id + " in the VMP data module");
			}
			if (column.type() == Type.FLAG) {
				if (flagsOffset < 0) {
					flagsOffset = offset++;
				}
				list.add(new Field(column.name(), Type.FLAG, flagsOffset, column.mask()));
			}
			else {
				list.add(new Field(column.name(), column.type(), offset, 0));
				offset += column.type().bytes;
			}
		}
		this.fields = List.copyOf(list);
		this.recordBytes = offset;
	}

	List<String> names() {
		return this.fields.stream().map(Field::name).toList();
	}

	private static Map.Entry<Integer, Column> flag(int id, String name, int mask) {
		return Map.entry(id, new Column(name, Type.FLAG, mask));
	}

	private static Map.Entry<Integer, Column> column(int id, String name, Type type) {
		return Map.entry(id, new Column(name, type, 0));
	}

}
