package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;

/**
 * Neware BTS {@code .ndax}: a ZIP of XML files and binary {@code .ndc} streams (see {@link NewareNdcStream}), read as
 * NewareNDA reads it. {@code data.ndc} decides the layout by its version:
 * <ul>
 * <li>5 (BTS 8.0 in navani's example): self-contained records of 87 bytes, marked {@code 0x55} at byte 7, like the
 * {@code .nda} records: integers scaled by the current range of each record (mA, mA·s, mW·s), 0.1 mV, local
 * timestamps, a step time in ms;</li>
 * <li>14 (BTS 8 with split streams): see {@link NewareNdaxSplitReader}.</li>
 * </ul>
 * Other versions fail naming the version. Cycles are those of the file (0-based there, 1-based here), not derived;
 * test time adds up the step times. {@code TestInfo.xml} gives channel, barcode (as comment), step file (as procedure)
 * and start time. The ZIP is copied to a temporary file for random access and each stream read a page at a time, so
 * memory does not grow with the file. The {@code lineNumber} of a row or error is the 1-based record of
 * {@code data.ndc}.
 */
final class NewareNdaxParser implements InstrumentParser {

	static final String DATA = "data.ndc";

	static final String TEST_INFO = "TestInfo.xml";

	static final long MAX_BYTES = 16L * 1024 * 1024 * 1024;

	static final int DATA_TYPE = 1;

	private static final byte[] ZIP_ENTRY = { 'P', 'K', 3, 4 };

	private static final int ZIP_NAME_OFFSET = 30;

	private static final int DATA_MARK = 0x55;

	private static final Map<String, String> VERSION_5_UNITS = Map.of("testTime",
			"ms per step (Time), summed over steps", "current", "mA (scaled by range)", "voltage", "0.1 mV",
			"capacity", "mA s (scaled by range)", "energy", "mW s (scaled by range)", "timestamp", "local",
			"cycle", "as written, 0-based (+1)");

	private static final Map<String, String> VERSION_14_UNITS = Map.of("testTime",
			"ms (Time, run info), summed over steps where it restarts", "current", "A (float32)", "voltage",
			"V (float32)", "capacity", "Ah (float32)", "energy", "Wh (float32)", "timestamp",
			"epoch s (UTC), shown in assumedZone", "cycle", "data_step.ndc, 0-based (+1)", "auxiliary",
			"T<AuxID> in degC");

	private final ZoneId assumedZone;

	NewareNdaxParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.NEWARE_NDAX;
	}

	/**
	 * Whether {@code head} starts a ZIP with a {@code data.ndc} or {@code TestInfo.xml} entry among the local entry
	 * headers it holds (the XML files usually come first and are small).
	 */
	static boolean sniff(byte[] head) {
		if (!startsEntry(head, 0)) {
			return false;
		}
		for (int at = 0; at + ZIP_NAME_OFFSET < head.length; at++) {
			if (startsEntry(head, at)) {
				int length = (head[at + 26] & 0xFF) | (head[at + 27] & 0xFF) << 8;
				if (at + ZIP_NAME_OFFSET + length <= head.length) {
					String name = new String(head, at + ZIP_NAME_OFFSET, length, StandardCharsets.ISO_8859_1);
					if (name.equals(DATA) || name.equals(TEST_INFO)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private static boolean startsEntry(byte[] head, int at) {
		for (int i = 0; i < ZIP_ENTRY.length; i++) {
			if (at + i >= head.length || head[at + i] != ZIP_ENTRY[i]) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		try (TemporaryCopy copy = TemporaryCopy.of(in, ".ndax", MAX_BYTES, "larger than " + MAX_BYTES + " bytes");
				ZipFile zip = open(copy)) {
			read(zip, sink);
		}
		catch (ZipException ex) {
			throw new ParseException(1, "damaged ndax ZIP: " + ex.getMessage());
		}
	}

	private static ZipFile open(TemporaryCopy copy) throws IOException {
		try {
			return new ZipFile(copy.path().toFile());
		}
		catch (ZipException ex) {
			throw new ParseException(1, "not a readable ZIP, so not a Neware .ndax: " + ex.getMessage());
		}
	}

	private void read(ZipFile zip, ParseSink sink) throws IOException {
		ZipEntry dataEntry = zip.getEntry(DATA);
		if (dataEntry == null) {
			throw new ParseException(1, "no " + DATA + " in the ZIP: not a Neware .ndax");
		}
		NewareTestInfo info = testInfo(zip, sink);
		try (NewareNdcStream data = new NewareNdcStream(zip.getInputStream(dataEntry), DATA)) {
			data.ofType(DATA_TYPE);
			switch (data.version()) {
				case 5 -> readVersion5(zip, data, new NewareNdaxRows(sink,
						start -> metadata(info, start, VERSION_5_UNITS), List.of("Time")), sink);
				case NewareNdaxSplitReader.VERSION -> {
					NewareNdaxSplitReader split = new NewareNdaxSplitReader(zip, info, sink, this.assumedZone);
					NewareNdaxRows rows = new NewareNdaxRows(sink,
							start -> metadata(info, start, VERSION_14_UNITS), split.extraNames());
					split.read(data, rows);
					rows.finish();
				}
				default -> throw unsupported(data);
			}
		}
	}

	static ParseException unsupported(NewareNdcStream stream) {
		return new ParseException(1, "unsupported ndc version " + stream.version() + " in " + stream.name()
				+ " (versions 5 and " + NewareNdaxSplitReader.VERSION + " are read)");
	}

	private static NewareTestInfo testInfo(ZipFile zip, ParseSink sink) throws IOException {
		ZipEntry entry = zip.getEntry(TEST_INFO);
		if (entry == null) {
			sink.warning(1, "no " + TEST_INFO + ": no channel, barcode or start time");
			return NewareTestInfo.NONE;
		}
		try (InputStream xml = zip.getInputStream(entry)) {
			return NewareTestInfo.read(xml);
		}
		catch (IllegalArgumentException ex) {
			sink.warning(1, TEST_INFO + " not read: " + ex.getMessage());
			return NewareTestInfo.NONE;
		}
	}

	private FileMetadata metadata(NewareTestInfo info, @Nullable LocalDateTime firstTimestamp,
			Map<String, String> units) {
		LocalDateTime start = (info.startTime() != null) ? info.startTime() : firstTimestamp;
		return new FileMetadata(InstrumentFormat.NEWARE_NDAX, info.channel(), start, this.assumedZone,
				info.stepFile(), null, info.barcode(), null, units, NewareNdaParser.SIGN_CONVENTION);
	}

	private void readVersion5(ZipFile zip, NewareNdcStream data, NewareNdaxRows rows, ParseSink sink)
			throws IOException {
		zip.stream()
			.map(ZipEntry::getName)
			.filter(name -> name.matches("data_AUX_.*\\.ndc"))
			.forEach(name -> sink.warning(1, name + " not read: auxiliary channels of ndc version 5 are not read"));
		data.layout(125, 87, 56);
		long others = 0;
		while (data.next()) {
			int status = data.u8(17);
			if (data.u8(7) != DATA_MARK || status == 0 || status == 0xFF) {
				others++;
				continue;
			}
			long number = data.recordNumber();
			int range = data.i32(82);
			Double perUnit = NewareNdaParser.milliAmpsPerUnit(range);
			if (perUnit == null) {
				throw new ParseException(number, "unknown current range " + range + " in " + DATA + " record " + number);
			}
			// mA -> A; mA s -> Ah and mW s -> Wh
			double toAmperes = perUnit / 1e3;
			double toHours = perUnit / 3600 / 1e3;
			double seconds = data.i64(23) / 1e3;
			rows.row(number, (int) data.u32(12) + 1, data.u8(16), status, seconds,
					new NewareNdaxRows.Reading(data.i32(35) * toAmperes, data.i32(31) / 1e4, data.i64(43) * toHours,
							data.i64(51) * toHours, data.i64(59) * toHours, data.i64(67) * toHours),
					timestamp(data), NewareNdaxRows.cell(seconds));
		}
		rows.finish();
		if (others > 0) {
			sink.warning(1, others + " records of " + DATA + " that are not data (auxiliary or empty) skipped");
		}
	}

	private static LocalDateTime timestamp(NewareNdcStream data) {
		try {
			return LocalDateTime.of(data.u16(75), data.u8(77), data.u8(78), data.u8(79), data.u8(80), data.u8(81));
		}
		catch (DateTimeException ex) {
			throw new ParseException(data.recordNumber(), "invalid timestamp: " + ex.getMessage());
		}
	}

}
