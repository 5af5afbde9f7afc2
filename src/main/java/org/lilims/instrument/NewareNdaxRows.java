package org.lilims.instrument;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Turns values decoded from a Neware {@code .ndax} into rows: names the status as NewareNDA does, signs the current by
 * it, adds step times up to test time, sends the metadata before the first row (or at the end of a file without
 * rows) and keeps the other columns by name.
 */
final class NewareNdaxRows {

	private final ParseSink sink;

	private final Function<@Nullable LocalDateTime, FileMetadata> metadata;

	private final List<String> extraNames;

	private final int[] extraPositions;

	private final boolean wantsExtras;

	private final StepTimeOffset clock = new StepTimeOffset();

	private boolean metadataSent;

	/**
	 * @param metadata the file's metadata given the first row's timestamp (null without rows)
	 * @param extraNames the names of the values every row passes as extras
	 */
	NewareNdaxRows(ParseSink sink, Function<@Nullable LocalDateTime, FileMetadata> metadata, List<String> extraNames) {
		this.sink = sink;
		this.metadata = metadata;
		this.extraNames = List.copyOf(extraNames);
		this.extraPositions = IntStream.range(0, extraNames.size()).toArray();
		this.wantsExtras = sink.wantsExtraColumns();
	}

	/**
	 * Sends one row.
	 * @param seconds the time as the file counts it, restarting with each step or not
	 * @param extras the values of the extra columns, in the order of their names; empty for none
	 */
	void row(long number, int cycle, int step, int status, double seconds, Reading reading,
			@Nullable LocalDateTime timestamp, String... extras) {
		if (!this.metadataSent) {
			this.sink.metadata(this.metadata.apply(timestamp));
			this.metadataSent = true;
		}
		String state = NewareNdaParser.statusName(status);
		StepKind kind = NewareNdaParser.kindOf(state);
		this.sink.row(new TimeSeriesRow(number, this.clock.testTimeSeconds(step, seconds), cycle, step, state, kind,
				NewareNdaParser.signed(reading.currentAmperes(), kind), reading.voltageVolts(),
				reading.chargeAmpHours(), reading.dischargeAmpHours(),
				NewareNdaParser.energyOf(kind, reading.chargeWattHours(), reading.dischargeWattHours()), timestamp,
				this.wantsExtras ? new ExtraColumns(this.extraNames, this.extraPositions, String.join("\t", extras),
						'\t') : ExtraColumns.NONE));
	}

	/** Sends the metadata if no row has. */
	void finish() {
		if (!this.metadataSent) {
			this.sink.metadata(this.metadata.apply(null));
			this.metadataSent = true;
		}
	}

	/** A number for an extra column: empty for NaN. */
	static String cell(double value) {
		return Double.isNaN(value) ? "" : Double.toString(value);
	}

	/** A float32 as the double of its shortest decimal, so 0.1f reads as 0.1 as BTSDA shows it. */
	static double decimal(float value) {
		return Double.parseDouble(Float.toString(value));
	}

	/**
	 * The measured values of a row, in SI units as the row carries them; current as written (signed later).
	 */
	record Reading(double currentAmperes, double voltageVolts, double chargeAmpHours, double dischargeAmpHours,
			double chargeWattHours, double dischargeWattHours) {
	}

}
