package org.lilims.instrument;

import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;

import org.lilims.instrument.BiologicColumns.Quantity;

/**
 * Turns the cells of EC-Lab data lines into rows or impedance points. Points at 0 Hz are dropped and counted; a new
 * spectrum starts when the cycle number changes or the frequency rises.
 */
final class BiologicRows {

	/** EC-Lab's {@code mode} of a rest (open circuit). */
	private static final int MODE_REST = 3;

	private final BiologicColumns columns;

	private final ParseSink sink;

	private final boolean wantsExtras;

	private int spectrum;

	private double previousFrequency = Double.NaN;

	private double previousCycle = Double.NaN;

	private double previousTime = Double.NaN;

	private long dropped;

	private long firstDroppedLine;

	BiologicRows(BiologicColumns columns, ParseSink sink) {
		this.columns = columns;
		this.sink = sink;
		this.wantsExtras = sink.wantsExtraColumns();
	}

	void impedance(IntToDoubleFunction cells, long line) {
		double f = this.columns.si(cells, Quantity.FREQUENCY);
		double re = this.columns.si(cells, Quantity.REAL_Z);
		double minusIm = this.columns.si(cells, Quantity.MINUS_IMAGINARY_Z);
		if (Double.isNaN(f) || Double.isNaN(re) || Double.isNaN(minusIm)) {
			throw new NumberFormatException("freq/Hz, Re(Z)/Ohm or -Im(Z)/Ohm missing");
		}
		if (f == 0) {
			if (this.dropped++ == 0) {
				this.firstDroppedLine = line;
			}
			return;
		}
		double cycle = this.columns.cycle(cells);
		if (this.spectrum == 0 || f > this.previousFrequency
				|| (!Double.isNaN(cycle) && cycle != this.previousCycle)) {
			this.spectrum++;
		}
		this.previousFrequency = f;
		this.previousCycle = cycle;
		double im = -minusIm;
		double magnitude = this.columns.si(cells, Quantity.MAGNITUDE_Z);
		double phase = this.columns.si(cells, Quantity.PHASE_Z);
		this.sink.impedance(new ImpedancePoint(this.spectrum, f, re, im,
				Double.isNaN(magnitude) ? Math.hypot(re, im) : magnitude,
				Double.isNaN(phase) ? Math.toDegrees(Math.atan2(im, re)) : phase,
				this.columns.si(cells, Quantity.TIME)));
	}

	/**
	 * @param extras the line's text with tab-separated cells, asked for only when the sink wants extra columns
	 */
	void row(IntToDoubleFunction cells, long line, Supplier<String> extras) {
		double current = this.columns.current(cells, this.previousTime);
		this.previousTime = this.columns.si(cells, Quantity.TIME);
		double modeNumber = this.columns.si(cells, Quantity.MODE);
		String mode = Double.isNaN(modeNumber) ? "" : String.valueOf(whole(modeNumber));
		StepKind kind = kind(mode, current);
		double energy = this.columns.si(cells, Quantity.ABSOLUTE_ENERGY);
		if (Double.isNaN(energy)) {
			energy = this.columns.si(cells,
					(kind == StepKind.DISCHARGE) ? Quantity.DISCHARGE_ENERGY : Quantity.CHARGE_ENERGY);
		}
		double[] capacities = this.columns.capacities(cells);
		this.sink.row(new TimeSeriesRow(line, this.columns.si(cells, Quantity.TIME),
				whole(this.columns.cycle(cells)), whole(this.columns.si(cells, Quantity.STEP)), mode, kind,
				current, this.columns.si(cells, Quantity.VOLTAGE), capacities[0], capacities[1], energy, null,
				this.wantsExtras ? new ExtraColumns(this.columns.extraNames, this.columns.extraPositions, extras.get(),
						'\t') : ExtraColumns.NONE));
	}

	/** Reports the dropped 0 Hz points, if any. */
	void finish() {
		if (this.dropped > 0) {
			this.sink.droppedRows(this.dropped);
			this.sink.warning(this.firstDroppedLine,
					"dropped " + this.dropped + " rows with freq/Hz = 0 (first at line " + this.firstDroppedLine + ")");
		}
	}

	private static StepKind kind(String mode, double current) {
		if (mode.equals(String.valueOf(MODE_REST))) {
			return StepKind.REST;
		}
		if (Double.isNaN(current)) {
			return StepKind.OTHER;
		}
		return (current > 0) ? StepKind.CHARGE : (current < 0) ? StepKind.DISCHARGE : StepKind.REST;
	}

	// EC-Lab writes cycle number as a float (1.000000000000000E+000)
	private static int whole(double value) {
		if (Double.isNaN(value)) {
			return 0;
		}
		if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
			throw new NumberFormatException("not a whole number: " + value);
		}
		return (int) value;
	}

}
