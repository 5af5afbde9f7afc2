package org.lilims.analysis.cycles;

import java.util.Arrays;

import org.lilims.instrument.CoreColumnsSink;
import org.lilims.instrument.TimeSeriesRow;

/**
 * Collects test time and voltage of the rows of chosen cycles (all rows when no cycle is chosen), up to a bound, for
 * a zoomed plot that {@link Lttb} then thins.
 */
public final class VoltageWindowRecorder implements CoreColumnsSink {

	private final int fromCycle;

	private final int toCycle;

	private final int maxRows;

	private double[] seconds = new double[1024];

	private double[] volts = new double[1024];

	private int rows;

	private boolean truncated;

	/**
	 * @param fromCycle first cycle kept (as the file numbers them), {@link Integer#MIN_VALUE} for all
	 * @param toCycle last cycle kept, {@link Integer#MAX_VALUE} for all
	 * @param maxRows rows kept at most; later rows are counted as truncated
	 */
	public VoltageWindowRecorder(int fromCycle, int toCycle, int maxRows) {
		this.fromCycle = fromCycle;
		this.toCycle = toCycle;
		this.maxRows = maxRows;
	}

	@Override
	public void row(TimeSeriesRow row) {
		if (row.cycle() < this.fromCycle || row.cycle() > this.toCycle || Double.isNaN(row.voltageVolts())) {
			return;
		}
		if (this.rows == this.maxRows) {
			this.truncated = true;
			return;
		}
		if (this.rows == this.seconds.length) {
			this.seconds = Arrays.copyOf(this.seconds, this.rows * 2);
			this.volts = Arrays.copyOf(this.volts, this.rows * 2);
		}
		this.seconds[this.rows] = row.testTimeSeconds();
		this.volts[this.rows++] = row.voltageVolts();
	}

	/** The kept rows thinned to {@code points} by LTTB, as {@code [seconds, volts]}. */
	public double[][] thinned(int points) {
		return Lttb.downsample(Arrays.copyOf(this.seconds, this.rows), Arrays.copyOf(this.volts, this.rows), points);
	}

	public int rows() {
		return this.rows;
	}

	public boolean truncated() {
		return this.truncated;
	}

}
