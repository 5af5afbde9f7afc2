package org.lilims.instrument;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.ZoneId;

/**
 * BioLogic EC-Lab binary files ({@code .mpr}): the data module's records, named like the text export's columns, give
 * the same rows or impedance points as {@link BiologicMptParser}, and the acquisition start from the {@code VMP LOG}
 * module, technique, comments, channel and recorded path as {@link BiologicMprHeader} reads them.
 */
final class BiologicMprParser implements InstrumentParser {

	private static final long MAX_BYTES = 8L * 1024 * 1024 * 1024;

	private final ZoneId assumedZone;

	BiologicMprParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.BIOLOGIC_MPR;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		// the start time is written after the data, and the metadata goes first: read the file twice
		try (TemporaryCopy copy = TemporaryCopy.of(in, ".mpr", MAX_BYTES, "an .mpr file over 8 GB is not read")) {
			BiologicMprHeader header;
			try (InputStream first = new BufferedInputStream(Files.newInputStream(copy.path()))) {
				header = BiologicMprHeader.read(first);
			}
			try (InputStream second = new BufferedInputStream(Files.newInputStream(copy.path()), 1 << 16)) {
				parse(second, header, sink);
			}
		}
	}

	private void parse(InputStream in, BiologicMprHeader header, ParseSink sink) throws IOException {
		BiologicMprReader reader = new BiologicMprReader(in);
		BiologicColumns columns = new BiologicColumns(reader.names());
		boolean impedance = columns.has(BiologicColumns.Quantity.FREQUENCY);
		sink.metadata(new FileMetadata(InstrumentFormat.BIOLOGIC_MPR, header.channel(), header.startTime(),
				this.assumedZone, header.technique(), null, header.comment(), header.sourceFileName(),
				BiologicColumns.SOURCE_UNITS, BiologicMptParser.SIGN_CONVENTION));
		BiologicRows rows = new BiologicRows(columns, sink);
		double[] values = new double[reader.names().size()];
		while (reader.next(values)) {
			if (impedance) {
				rows.impedance(i -> values[i], reader.recordNumber());
			}
			else {
				rows.row(i -> values[i], reader.recordNumber(), () -> reader.text(values));
			}
		}
		rows.finish();
	}

}
