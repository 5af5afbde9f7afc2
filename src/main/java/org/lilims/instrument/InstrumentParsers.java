package org.lilims.instrument;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The parsers, one per format, and parsing of a file whose format is detected from its content.
 */
public final class InstrumentParsers {

	private InstrumentParsers() {
	}

	/**
	 * The parser of a format, reading instrument-local times as {@code assumedZone}; empty for
	 * {@link InstrumentFormat#UNKNOWN}.
	 */
	public static Optional<InstrumentParser> forFormat(InstrumentFormat format, ZoneId assumedZone) {
		return switch (format) {
			case MACCOR_TEXT -> Optional.of(new MaccorTextParser(assumedZone));
			case MACCOR_EIS -> Optional.of(new MaccorEisParser(assumedZone));
			case ARBIN_CSV -> Optional.of(new ArbinCsvParser(assumedZone));
			case ARBIN_METADATA_CSV -> Optional.of(new ArbinMetadataParser(assumedZone));
			case ARBIN_RES -> Optional.of(new ArbinResParser(assumedZone));
			case NEWARE_CSV -> Optional.of(new NewareCsvParser(assumedZone));
			case NEWARE_HIERARCHICAL_CSV -> Optional.of(new NewareHierarchicalCsvParser(assumedZone));
			case NEWARE_NDA -> Optional.of(new NewareNdaParser(assumedZone));
			case NEWARE_NDAX -> Optional.of(new NewareNdaxParser(assumedZone));
			case BDF_CSV -> Optional.of(new BdfCsvParser(assumedZone));
			case EIS_CSV -> Optional.of(new EisCsvParser(assumedZone));
			case BIOLOGIC_MPT -> Optional.of(new BiologicMptParser(assumedZone));
			case BIOLOGIC_MPR -> Optional.of(new BiologicMprParser(assumedZone));
			case INFICON_SQC310 -> Optional.of(new InficonSqcParser(assumedZone));
			case UNKNOWN -> Optional.empty();
		};
	}

	/**
	 * Detects the format of {@code file} and parses it into {@code sink}, local times read as UTC.
	 * @return the detected format
	 * @throws ParseException on line 1 when the format is unknown, else where the content does not fit
	 */
	public static InstrumentFormat parse(Path file, ParseSink sink) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return parse(in, String.valueOf(file.getFileName()), ZoneOffset.UTC, sink);
		}
	}

	public static InstrumentFormat parse(InputStream in, String fileName, ZoneId assumedZone, ParseSink sink)
			throws IOException {
		BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
		buffered.mark(FormatDetector.SNIFF_BYTES);
		InstrumentFormat format = FormatDetector.detect(buffered.readNBytes(FormatDetector.SNIFF_BYTES));
		buffered.reset();
		InstrumentParser parser = forFormat(format, assumedZone)
			.orElseThrow(() -> new ParseException(1, "unknown format: no known instrument header"));
		parser.parse(buffered, fileName, sink);
		return format;
	}

}
