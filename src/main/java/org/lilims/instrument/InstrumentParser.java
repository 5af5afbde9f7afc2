package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stateless, streaming parser of one format. The same input always gives the same rows.
 */
public interface InstrumentParser {

	InstrumentFormat format();

	/**
	 * Reads {@code in} to its end, pushing metadata, rows and points to {@code sink}.
	 * @param fileName the file's name, for what vendors put in it (MACCOR: the channel as extension)
	 * @throws ParseException naming the line and reason when the content does not fit the format
	 */
	void parse(InputStream in, String fileName, ParseSink sink) throws IOException;

}
