package org.lilims.instrument;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the parse command reports of a file, gathered while it streams by: metadata, row count, first and last
 * timestamps, cycles, spectra and deposition layers.
 */
final class FileSummary implements ParseSink {

	final CycleSummary cycles = new CycleSummary();

	final SpectrumSummary spectra = new SpectrumSummary();

	final LayerSummary layers = new LayerSummary();

	@Nullable FileMetadata metadata;

	/** The file's data rows: those passed on and those dropped. */
	long rows;

	/** Data rows read but not passed on, e.g. impedance rows at 0 Hz. */
	long droppedRows;

	/** What the parser read but did not pass on, at most {@link #MAX_WARNINGS}. */
	final List<String> warnings = new ArrayList<>();

	static final int MAX_WARNINGS = 100;

	@Nullable LocalDateTime firstTimestamp;

	@Nullable LocalDateTime lastTimestamp;

	@Override
	public void metadata(FileMetadata metadata) {
		this.metadata = metadata;
	}

	@Override
	public boolean wantsExtraColumns() {
		return false;
	}

	@Override
	public void row(TimeSeriesRow row) {
		this.rows++;
		this.cycles.row(row);
		if (row.timestamp() != null) {
			if (this.firstTimestamp == null) {
				this.firstTimestamp = row.timestamp();
			}
			this.lastTimestamp = row.timestamp();
		}
	}

	@Override
	public void impedance(ImpedancePoint point) {
		this.rows++;
		this.spectra.impedance(point);
	}

	@Override
	public void deposition(DepositionRecord record) {
		this.rows++;
		this.layers.deposition(record);
	}

	@Override
	public void droppedRows(long count) {
		this.droppedRows += count;
		this.rows += count;
	}

	@Override
	public void warning(long lineNumber, String message) {
		if (this.warnings.size() < MAX_WARNINGS) {
			this.warnings.add(message);
		}
	}

}
