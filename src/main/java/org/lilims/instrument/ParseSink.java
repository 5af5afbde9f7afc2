package org.lilims.instrument;

/**
 * Receives what a parser reads, in file order: the metadata once, before any row or point, then each row or point
 * as soon as it is read. Nothing is collected by the parser, so memory does not grow with the file.
 */
public interface ParseSink {

	default void metadata(FileMetadata metadata) {
	}

	/**
	 * Whether rows should carry their other columns; a sink that never reads {@link TimeSeriesRow#extras()} says no
	 * and saves a copy of every line.
	 */
	default boolean wantsExtraColumns() {
		return true;
	}

	/**
	 * Whether rows after the first should carry their wall-clock timestamp; a sink that only counts and sums says no
	 * and spares the date parsing of every line.
	 */
	default boolean wantsTimestamps() {
		return true;
	}

	default void row(TimeSeriesRow row) {
	}

	default void impedance(ImpedancePoint point) {
	}

	/**
	 * A deposition-controller reading (rate and thickness per layer); ignored unless the sink wants it.
	 */
	default void deposition(DepositionRecord record) {
	}

	/**
	 * Data rows of the file that were read but not passed on (e.g. impedance rows at 0 Hz), reported once with their
	 * number; a warning says why.
	 */
	default void droppedRows(long count) {
	}

	/**
	 * Something read but not passed on, e.g. impedance rows at 0 Hz that were dropped; the file still parses.
	 * @param lineNumber 1-based line (or record) the warning refers to
	 */
	default void warning(long lineNumber, String message) {
	}

}
