package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises a file's format from its first bytes, never from its name: MACCOR text exports carry the channel
 * number as extension ({@code .052}).
 */
public final class FormatDetector {

	/** How many leading bytes are looked at. */
	public static final int SNIFF_BYTES = 8192;

	private FormatDetector() {
	}

	public static InstrumentFormat detect(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return detect(in.readNBytes(SNIFF_BYTES));
		}
	}

	/**
	 * Returns the format of a file starting with {@code head}, or {@link InstrumentFormat#UNKNOWN}.
	 */
	public static InstrumentFormat detect(byte[] head) {
		// ISO-8859-1 maps every byte to one char, so junk bytes in a preamble cannot break the match
		String text = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
		if (text.startsWith(ArbinResParser.MAGIC, ArbinResParser.MAGIC_OFFSET)) {
			return InstrumentFormat.ARBIN_RES;
		}
		if (text.startsWith(NewareNdaParser.MAGIC)) {
			return InstrumentFormat.NEWARE_NDA;
		}
		if (NewareNdaxParser.sniff(head)) {
			return InstrumentFormat.NEWARE_NDAX;
		}
		if (text.startsWith("BIO-LOGIC MODULAR FILE\u001a")) {
			return InstrumentFormat.BIOLOGIC_MPR;
		}
		if (text.startsWith("\u00EF\u00BB\u00BF")) {
			text = text.substring(3);
		}
		String start = text.stripLeading().replace("\"", "");
		if (start.startsWith(BiologicMptHeader.TITLE)) {
			return InstrumentFormat.BIOLOGIC_MPT;
		}
		if (start.startsWith(MaccorEisParser.TITLE) && start.contains("AC Impedance")) {
			return InstrumentFormat.MACCOR_EIS;
		}
		if (start.startsWith("Today's Date") || hasMaccorColumnLine(start)) {
			return InstrumentFormat.MACCOR_TEXT;
		}
		String firstLine = start.lines().findFirst().orElse("");
		if (firstLine.startsWith(ArbinCsvParser.HEADER_START)) {
			return InstrumentFormat.ARBIN_CSV;
		}
		if (firstLine.startsWith(ArbinMetadataParser.HEADER_START)) {
			return InstrumentFormat.ARBIN_METADATA_CSV;
		}
		if (firstLine.startsWith(NewareCsvParser.HEADER_START)) {
			return InstrumentFormat.NEWARE_CSV;
		}
		if (NewareHierarchicalCsvParser.sniff(completeLines(head))) {
			return InstrumentFormat.NEWARE_HIERARCHICAL_CSV;
		}
		if (isBdfHeader(firstLine)) {
			return InstrumentFormat.BDF_CSV;
		}
		if (EisCsvLayout.sniff(completeLines(head)).isPresent()) {
			return InstrumentFormat.EIS_CSV;
		}
		if (InficonSqcParser.sniff(completeLines(head))) {
			return InstrumentFormat.INFICON_SQC310;
		}
		return InstrumentFormat.UNKNOWN;
	}

	// BDF names its columns "Quantity / unit"; the time column is required
	private static boolean isBdfHeader(String line) {
		String[] names = line.split(",");
		long quantities = java.util.Arrays.stream(names).filter(name -> name.matches("[^/]+ / \\S+")).count();
		// some BDF files keep raw vendor columns beside the BDF ones
		return quantities >= 3 && quantities * 2 >= names.length
				&& java.util.Arrays.stream(names).anyMatch(name -> name.startsWith("Test Time / "));
	}

	/**
	 * The first non-blank lines of {@code head} (at most 32), without a line cut off by the end of the sniffed bytes.
	 */
	static List<String> completeLines(byte[] head) {
		String text = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
		if (text.startsWith("\u00EF\u00BB\u00BF")) {
			text = text.substring(3);
		}
		List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
		if (head.length >= SNIFF_BYTES) {
			lines.remove(lines.size() - 1);
		}
		return lines.stream().filter(line -> !line.isBlank()).limit(32).toList();
	}

	private static boolean hasMaccorColumnLine(String text) {
		for (String line : text.split("\r?\n", 66)) {
			if (line.startsWith("Rec#") && line.contains("Cyc#")) {
				return true;
			}
		}
		return false;
	}

}
