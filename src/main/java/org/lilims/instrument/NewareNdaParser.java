package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Neware BTS 7.x binary file ({@code .nda}, starting with {@code NEWARE}), version byte 29 at offset 14. After a
 * header of variable length come fixed-length records of 86 bytes: data records start with {@code 0x55 0x00},
 * auxiliary (temperature) records with {@code 0x65}, others are skipped. Values are integers scaled by the current
 * range written in each record (mA, mA·s, mW·s), timestamps are local time, the record time restarts with each step
 * (test time adds the steps up). Records are streamed one at a time;
 * the {@code lineNumber} of a row or error is the 1-based record number after the header.
 */
final class NewareNdaParser implements InstrumentParser {

	static final String MAGIC = "NEWARE";

	static final int VERSION_OFFSET = 14;

	static final int SUPPORTED_VERSION = 29;

	/** The version NewareNDA reads as BTS 9 (88-byte records of floats, epoch timestamps in µs). */
	static final int BTS9_VERSION = 130;

	static final int RECORD_BYTES = 86;

	static final String SIGN_CONVENTION = "current normalised from Status: *_Chg positive, *_DChg negative, "
			+ "others as written";

	static final String CYCLE_RULE = "derived: a new cycle at each charge step (CC_Chg, CCCV_Chg, CP_Chg) "
			+ "following a discharge, as BTSDA's charge-first statistic";

	private static final byte DATA_MARK = 0x55;

	private static final byte AUX_MARK = 0x65;

	// the marker of the first record: four zero bytes, then 0x55 0x00
	private static final int SEARCH_BYTES = 4 + RECORD_BYTES + 1;

	private static final Map<Integer, String> STATUS_NAMES = Map.ofEntries(Map.entry(1, "CC_Chg"),
			Map.entry(2, "CC_DChg"), Map.entry(3, "CV_Chg"), Map.entry(4, "Rest"), Map.entry(5, "Cycle"),
			Map.entry(7, "CCCV_Chg"), Map.entry(8, "CP_DChg"), Map.entry(9, "CP_Chg"), Map.entry(10, "CR_DChg"),
			Map.entry(13, "Pause"), Map.entry(16, "Pulse"), Map.entry(17, "SIM"), Map.entry(19, "CV_DChg"),
			Map.entry(20, "CCCV_DChg"), Map.entry(21, "Control"), Map.entry(22, "OCV"), Map.entry(26, "CPCV_DChg"),
			Map.entry(27, "CPCV_Chg"));

	private final ZoneId assumedZone;

	NewareNdaParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.NEWARE_NDA;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		PushbackInputStream input = new PushbackInputStream(in, SEARCH_BYTES);
		byte[] head = input.readNBytes(VERSION_OFFSET + 1);
		if (head.length < MAGIC.length() || !new String(head, 0, MAGIC.length(), StandardCharsets.ISO_8859_1)
			.equals(MAGIC)) {
			throw new ParseException(1, "not a Neware .nda file: no NEWARE signature");
		}
		if (head.length <= VERSION_OFFSET) {
			throw new ParseException(1, "truncated nda header: " + head.length + " bytes, no version byte");
		}
		int version = head[VERSION_OFFSET] & 0xFF;
		if (version == BTS9_VERSION) {
			throw new ParseException(1, "unsupported nda version " + version + ": Neware .nda version "
					+ BTS9_VERSION + " (BTS 9 in NewareNDA's naming) is not supported yet; no public sample to test");
		}
		if (version != SUPPORTED_VERSION) {
			throw new ParseException(1, "unsupported nda version " + version + " (only " + SUPPORTED_VERSION
					+ " is read)");
		}
		findFirstRecord(input);
		Records records = new Records(sink);
		byte[] record = new byte[RECORD_BYTES];
		ByteBuffer buffer = ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
		long number = 0;
		int read;
		while ((read = input.readNBytes(record, 0, RECORD_BYTES)) > 0) {
			number++;
			if (read < RECORD_BYTES) {
				sink.warning(number, "file ends inside record " + number + " (" + read + " of " + RECORD_BYTES
						+ " bytes): ignored");
				break;
			}
			records.accept(number, buffer);
		}
		records.finish();
	}

	/**
	 * Skips the header: stops before the first {@code 0x55 0x00} record that follows four zero bytes, has a status
	 * and is followed by another record (or the end of the file).
	 */
	private static void findFirstRecord(PushbackInputStream input) throws IOException {
		byte[] window = new byte[SEARCH_BYTES];
		int filled = input.readNBytes(window, 0, SEARCH_BYTES);
		while (filled >= 4 + RECORD_BYTES) {
			if (startsRecord(window, filled)) {
				input.unread(window, 4, filled - 4);
				return;
			}
			System.arraycopy(window, 1, window, 0, filled - 1);
			int next = input.read();
			if (next < 0) {
				filled--;
			}
			else {
				window[filled - 1] = (byte) next;
			}
		}
		throw new ParseException(1, "no nda data record found (file truncated or not BTS 7.x)");
	}

	private static boolean startsRecord(byte[] window, int filled) {
		return window[0] == 0 && window[1] == 0 && window[2] == 0 && window[3] == 0 && window[4] == DATA_MARK
				&& window[5] == 0 && window[4 + 12] != 0
				&& (filled < SEARCH_BYTES || window[4 + RECORD_BYTES] == DATA_MARK);
	}

	/** mA per raw unit of current (mA·s per unit of capacity) for the range written in a record; null if unknown. */
	static @Nullable Double milliAmpsPerUnit(int range) {
		return switch (range) {
			case -100000000 -> 10.0;
			case -200000, -100000, -60000, -50000, -40000, -30000, -20000, -12000, -10000, -6000, -5000, -3000,
					-2000, -1000 ->
				1e-2;
			case -500, -100 -> 1e-3;
			case -50, -25, -20, -10 -> 1e-4;
			case -5, -2, -1 -> 1e-5;
			case 0 -> 0.0;
			case 1, 2, 5 -> 1e-4;
			case 10, 20, 50 -> 1e-3;
			case 100, 200, 250, 500 -> 1e-2;
			case 1000, 6000, 10000, 12000, 20000, 30000, 40000, 50000, 60000, 100000, 200000 -> 1e-1;
			default -> null;
		};
	}

	static String statusName(int status) {
		return STATUS_NAMES.getOrDefault(status, "Status " + status);
	}

	static StepKind kindOf(String status) {
		if (status.endsWith("_DChg")) {
			return StepKind.DISCHARGE;
		}
		if (status.endsWith("_Chg")) {
			return StepKind.CHARGE;
		}
		return status.equals("Rest") ? StepKind.REST : StepKind.OTHER;
	}

	/** The current positive on charge and negative on discharge, whatever sign the file gives it. */
	static double signed(double currentAmperes, StepKind kind) {
		return switch (kind) {
			case CHARGE -> Math.abs(currentAmperes);
			case DISCHARGE -> -Math.abs(currentAmperes);
			default -> currentAmperes;
		};
	}

	/** The energy of the row's direction; both counters added on rest and other steps. */
	static double energyOf(StepKind kind, double chargeWattHours, double dischargeWattHours) {
		return switch (kind) {
			case CHARGE -> chargeWattHours;
			case DISCHARGE -> dischargeWattHours;
			default -> chargeWattHours + dischargeWattHours;
		};
	}

	private static LocalDateTime timestamp(long number, ByteBuffer record) {
		int year = Short.toUnsignedInt(record.getShort(70));
		try {
			return LocalDateTime.of(year, record.get(72), record.get(73), record.get(74), record.get(75),
					record.get(76));
		}
		catch (DateTimeException ex) {
			throw new ParseException(number, "invalid timestamp: " + ex.getMessage());
		}
	}

	private FileMetadata metadata(@Nullable LocalDateTime start) {
		return new FileMetadata(InstrumentFormat.NEWARE_NDA, null, start, this.assumedZone, null, null, null, null,
				Map.of("testTime", "ms per step, summed over steps", "current", "mA (scaled by range)", "voltage", "0.1 mV",
						"capacity", "mA s (scaled by range)", "energy", "mW s (scaled by range)",
						"cycle", CYCLE_RULE),
				SIGN_CONVENTION);
	}

	/** The state carried from record to record: metadata sent, last index, derived cycle. */
	private final class Records {

		private final ParseSink sink;

		private boolean metadataSent;

		private long lastIndex;

		private final StepTimeOffset clock = new StepTimeOffset();

		private int cycle = 1;

		private boolean dischargedSinceCycleStart;

		private boolean previousStartsCycle;

		private long auxRecords;

		private long otherRecords;

		private long outOfOrder;

		Records(ParseSink sink) {
			this.sink = sink;
		}

		void accept(long number, ByteBuffer record) {
			byte mark = record.get(0);
			boolean tailClear = record.getInt(82) == 0;
			if (mark == DATA_MARK && record.get(1) == 0 && tailClear) {
				data(number, record);
			}
			else if (mark == AUX_MARK && tailClear) {
				this.auxRecords++;
			}
			else {
				this.otherRecords++;
			}
		}

		private void data(long number, ByteBuffer record) {
			long index = Integer.toUnsignedLong(record.getInt(2));
			int status = record.get(12) & 0xFF;
			if (index == 0 || status == 0) {
				this.otherRecords++;
				return;
			}
			if (index <= this.lastIndex) {
				this.outOfOrder++;
				return;
			}
			this.lastIndex = index;
			int step = record.get(10) & 0xFF;
			long timeMillis = record.getLong(14);
			double voltageVolts = record.getInt(22) / 1e4;
			int rawCurrent = record.getInt(26);
			int range = record.getInt(78);
			Double perUnit = milliAmpsPerUnit(range);
			if (perUnit == null) {
				throw new ParseException(number, "unknown current range " + range + " in record index " + index);
			}
			LocalDateTime timestamp = timestamp(number, record);
			String state = statusName(status);
			StepKind kind = kindOf(state);
			double currentAmperes = signed(rawCurrent * perUnit / 1e3, kind);
			// mA s -> Ah and mW s -> Wh
			double toHours = perUnit / 3600 / 1e3;
			double chargeAh = record.getLong(38) * toHours;
			double dischargeAh = record.getLong(46) * toHours;
			double chargeWh = record.getLong(54) * toHours;
			double dischargeWh = record.getLong(62) * toHours;
			double energyWattHours = energyOf(kind, chargeWh, dischargeWh);
			if (!this.metadataSent) {
				this.sink.metadata(metadata(timestamp));
				this.metadataSent = true;
			}
			int derivedCycle = nextCycle(state);
			this.sink.row(new TimeSeriesRow(number, this.clock.testTimeSeconds(step, timeMillis / 1e3), derivedCycle,
					step, state, kind, currentAmperes, voltageVolts, chargeAh, dischargeAh, energyWattHours, timestamp,
					ExtraColumns.NONE));
		}

		private int nextCycle(String state) {
			boolean startsCycle = state.equals("CC_Chg") || state.equals("CCCV_Chg") || state.equals("CP_Chg");
			boolean stepStart = startsCycle && !this.previousStartsCycle;
			this.previousStartsCycle = startsCycle;
			if (stepStart && this.dischargedSinceCycleStart) {
				this.cycle++;
				this.dischargedSinceCycleStart = false;
			}
			else if (state.endsWith("_DChg") || state.equals("SIM")) {
				this.dischargedSinceCycleStart = true;
			}
			return this.cycle;
		}

		void finish() {
			if (!this.metadataSent) {
				throw new ParseException(1, "no nda data record found (file truncated or not BTS 7.x)");
			}
			if (this.auxRecords > 0) {
				this.sink.warning(1, this.auxRecords + " auxiliary (temperature) records not read");
			}
			if (this.otherRecords > 0) {
				this.sink.warning(1, this.otherRecords + " records of unknown kind skipped");
			}
			if (this.outOfOrder > 0) {
				this.sink.warning(1, this.outOfOrder + " records with a repeated or decreasing index skipped");
			}
		}

	}

}
