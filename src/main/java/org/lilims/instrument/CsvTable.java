package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A delimited file with one header line, read one data line at a time over {@link LineReader} and {@link Cells}:
 * blank lines are skipped, and no line is kept once the next is read.
 */
final class CsvTable {

	private final LineReader lines;

	private final Cells cells;

	private final char delimiter;

	private final List<String> names;

	private CsvTable(LineReader lines, char delimiter, List<String> names) {
		this.lines = lines;
		this.cells = new Cells(delimiter);
		this.delimiter = delimiter;
		this.names = names;
	}

	/**
	 * Reads the header line.
	 * @throws ParseException when the input is empty
	 */
	static CsvTable open(InputStream in, char delimiter) throws IOException {
		LineReader lines = new LineReader(in);
		if (!lines.next()) {
			throw new ParseException(1, "empty file: no header line");
		}
		Cells header = new Cells(delimiter);
		header.split(lines.buffer(), lines.start(), lines.end());
		return new CsvTable(lines, delimiter, List.copyOf(header.strings()));
	}

	List<String> names() {
		return this.names;
	}

	/** The column's index, -1 when absent. */
	int index(String name) {
		return this.names.indexOf(name);
	}

	int required(String name) {
		int index = index(name);
		if (index < 0) {
			throw new ParseException(1, "no column '" + name + "'");
		}
		return index;
	}

	/** Advances to the next non-blank data line; false at the end. */
	boolean next() throws IOException {
		while (this.lines.next()) {
			if (!this.lines.isBlank()) {
				this.cells.split(this.lines.buffer(), this.lines.start(), this.lines.end());
				return true;
			}
		}
		return false;
	}

	long lineNumber() {
		return this.lines.lineNumber();
	}

	/** The cell as a number, NaN when empty. */
	double number(int index) {
		return this.cells.number(index);
	}

	int integer(int index, int missing) {
		return this.cells.integer(index, missing);
	}

	String string(int index) {
		return (index < 0 || index >= this.cells.count()) ? "" : this.cells.string(index);
	}

	ParseException error(String reason) {
		return new ParseException(lineNumber(), reason);
	}

	/**
	 * The columns other than {@code normalised}, for this line; {@link ExtraColumns#NONE} when the sink wants none.
	 */
	ExtraColumns extras(ParseSink sink, List<Integer> normalised) {
		if (!sink.wantsExtraColumns()) {
			return ExtraColumns.NONE;
		}
		List<String> extraNames = new ArrayList<>();
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < this.names.size(); i++) {
			if (!normalised.contains(i)) {
				extraNames.add(this.names.get(i));
				positions.add(i);
			}
		}
		return new ExtraColumns(extraNames, positions.stream().mapToInt(Integer::intValue).toArray(),
				this.lines.latin1(), this.delimiter);
	}

}
