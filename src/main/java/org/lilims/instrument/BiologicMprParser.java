package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;

/**
 * BioLogic EC-Lab binary files ({@code .mpr}): the data module's records, named like the text export's columns, give
 * the same rows or impedance points as {@link BiologicMptParser}. The start time (an OLE date in {@code VMP LOG},
 * after the data) and the technique are not read yet.
 */
final class BiologicMprParser implements InstrumentParser {

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
		BiologicMprReader reader = new BiologicMprReader(in);
		BiologicColumns columns = new BiologicColumns(reader.names());
		boolean impedance = columns.has(BiologicColumns.Quantity.FREQUENCY);
		sink.metadata(new FileMetadata(InstrumentFormat.BIOLOGIC_MPR, null, null, this.assumedZone, null, null, null,
				null, BiologicColumns.SOURCE_UNITS, BiologicMptParser.SIGN_CONVENTION));
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
