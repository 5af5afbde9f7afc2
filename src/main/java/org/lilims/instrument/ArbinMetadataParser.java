package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;


/**
 * Arbin's metadata CSV companion ({@code ,Test_ID,Device_ID,IV_Ch_ID,First_Start_DateTime,...}): one row, no data.
 * {@code IV_Ch_ID} is 0-based while file names count channels from 1 ({@code CH33} has 32): the metadata's channel
 * is the 1-based number, and the comment keeps the raw IDs.
 */
final class ArbinMetadataParser implements InstrumentParser {

	static final String HEADER_START = ",Test_ID,Device_ID,IV_Ch_ID";

	private final ZoneId assumedZone;

	ArbinMetadataParser(ZoneId assumedZone) {
		this.assumedZone = assumedZone;
	}

	@Override
	public InstrumentFormat format() {
		return InstrumentFormat.ARBIN_METADATA_CSV;
	}

	@Override
	public void parse(InputStream in, String fileName, ParseSink sink) throws IOException {
		CsvTable table = CsvTable.open(in, ',');
		int testId = table.required("Test_ID");
		int channelId = table.required("IV_Ch_ID");
		int start = table.index("First_Start_DateTime");
		int schedule = table.index("Schedule_File_Name");
		if (!table.next()) {
			throw table.error("no metadata row");
		}
		try {
			int zeroBased = table.integer(channelId, -1);
			String comment = "Test_ID " + table.string(testId) + ", IV_Ch_ID " + table.string(channelId)
					+ " (0-based)";
			LocalDateTime startTime = EpochSeconds.toLocal(table.number(start), this.assumedZone);
			sink.metadata(new FileMetadata(InstrumentFormat.ARBIN_METADATA_CSV,
					(zeroBased < 0) ? null : zeroBased + 1, startTime, this.assumedZone,
					table.string(schedule).isEmpty() ? null : table.string(schedule), null, comment, null,
					Map.of("startTime", "epoch s (First_Start_DateTime), shown in assumedZone", "channel",
							"1-based (IV_Ch_ID + 1)"),
					"no data rows"));
		}
		catch (NumberFormatException ex) {
			throw table.error(ex.getMessage());
		}
	}


}
