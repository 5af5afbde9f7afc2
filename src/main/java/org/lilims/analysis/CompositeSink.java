package org.lilims.analysis;

import java.util.List;

import org.lilims.instrument.DepositionRecord;
import org.lilims.instrument.FileMetadata;
import org.lilims.instrument.ImpedancePoint;
import org.lilims.instrument.ParseSink;
import org.lilims.instrument.TimeSeriesRow;

/**
 * Several analyses fed by one pass over a file.
 */
final class CompositeSink implements ParseSink {

	private final List<ParseSink> sinks;

	private final boolean extras;

	private final boolean timestamps;

	CompositeSink(ParseSink... sinks) {
		this.sinks = List.of(sinks);
		this.extras = this.sinks.stream().anyMatch(ParseSink::wantsExtraColumns);
		this.timestamps = this.sinks.stream().anyMatch(ParseSink::wantsTimestamps);
	}

	@Override
	public boolean wantsExtraColumns() {
		return this.extras;
	}

	@Override
	public boolean wantsTimestamps() {
		return this.timestamps;
	}

	@Override
	public void metadata(FileMetadata metadata) {
		for (ParseSink sink : this.sinks) {
			sink.metadata(metadata);
		}
	}

	@Override
	public void row(TimeSeriesRow row) {
		for (ParseSink sink : this.sinks) {
			sink.row(row);
		}
	}

	@Override
	public void impedance(ImpedancePoint point) {
		for (ParseSink sink : this.sinks) {
			sink.impedance(point);
		}
	}

	@Override
	public void deposition(DepositionRecord record) {
		for (ParseSink sink : this.sinks) {
			sink.deposition(record);
		}
	}

	@Override
	public void droppedRows(long count) {
		for (ParseSink sink : this.sinks) {
			sink.droppedRows(count);
		}
	}

	@Override
	public void warning(long lineNumber, String message) {
		for (ParseSink sink : this.sinks) {
			sink.warning(lineNumber, message);
		}
	}

}
