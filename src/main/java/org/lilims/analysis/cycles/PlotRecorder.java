package org.lilims.analysis.cycles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.lilims.instrument.CoreColumnsSink;
import org.lilims.instrument.StepKind;
import org.lilims.instrument.TimeSeriesRow;

/**
 * Keeps what the cell page plots of a data set without keeping its rows: the voltage against test time thinned to a
 * few thousand points ({@link MinMaxDecimator}), and the voltage profiles of a few cycles (the first ones, round
 * numbers up to 5000, and the last), each thinned to at most {@value #PROFILE_POINTS} samples per direction.
 */
public final class PlotRecorder implements CoreColumnsSink {

	static final int PROFILE_POINTS = 300;

	private static final Set<Integer> PROFILE_CYCLES = Set.of(0, 1, 2, 5, 10, 20, 50, 75, 100, 150, 200, 250, 275, 300,
			400, 500, 750, 1000, 1500, 2000, 3000, 5000);

	private static final double SECONDS_PER_HOUR = 3600;

	private final MinMaxDecimator voltage;

	private final List<VoltageProfile> profiles = new ArrayList<>();

	private Profile current = new Profile(Integer.MIN_VALUE);

	private StepKind runKind = StepKind.OTHER;

	private double runMah;

	private double previousSeconds = Double.NaN;

	private double previousAmperes = Double.NaN;

	public PlotRecorder(int seriesBuckets) {
		this.voltage = new MinMaxDecimator(seriesBuckets);
	}


	@Override
	public void row(TimeSeriesRow row) {
		this.voltage.add(row.testTimeSeconds(), row.voltageVolts());
		if (row.cycle() != this.current.cycle) {
			keep(this.current);
			this.current = new Profile(row.cycle());
		}
		StepKind kind = row.kind();
		if (kind == StepKind.CHARGE || kind == StepKind.DISCHARGE) {
			double hours = (row.testTimeSeconds() - this.previousSeconds) / SECONDS_PER_HOUR;
			if (kind != this.runKind) {
				this.runMah = 0;
				this.runKind = kind;
			}
			else if (hours > 0) {
				this.runMah += (Math.abs(row.currentAmperes()) + Math.abs(this.previousAmperes)) / 2 * hours * 1000;
			}
			this.current.add(kind, this.runMah, row.voltageVolts());
		}
		this.previousSeconds = row.testTimeSeconds();
		this.previousAmperes = row.currentAmperes();
	}

	/** Voltage against test time, as {@code [seconds, volts]}. */
	public double[][] voltageSeries() {
		return this.voltage.points();
	}

	/** The kept cycles' profiles, the last cycle included. */
	public List<VoltageProfile> profiles() {
		List<VoltageProfile> all = new ArrayList<>(this.profiles);
		if (this.current.cycle != Integer.MIN_VALUE && !this.current.isEmpty()) {
			if (all.isEmpty() || all.get(all.size() - 1).cycle() != this.current.cycle) {
				all.add(this.current.profile());
			}
		}
		return all;
	}

	private void keep(Profile profile) {
		if (profile.cycle != Integer.MIN_VALUE && !profile.isEmpty()
				&& (PROFILE_CYCLES.contains(profile.cycle) || this.profiles.size() < 3)) {
			this.profiles.add(profile.profile());
		}
	}

	/** One cycle's samples per direction, as they come. */
	private static final class Profile {

		private final int cycle;

		private final List<double[]> charge = new ArrayList<>();

		private final List<double[]> discharge = new ArrayList<>();

		Profile(int cycle) {
			this.cycle = cycle;
		}

		void add(StepKind kind, double mah, double volts) {
			((kind == StepKind.CHARGE) ? this.charge : this.discharge).add(new double[] { mah, volts });
		}

		boolean isEmpty() {
			return this.charge.isEmpty() && this.discharge.isEmpty();
		}

		VoltageProfile profile() {
			double[][] charge = thin(this.charge);
			double[][] discharge = thin(this.discharge);
			return new VoltageProfile(this.cycle, charge[0], charge[1], discharge[0], discharge[1]);
		}

		// every step-th sample, and always the last (the end-of-step voltage)
		private static double[][] thin(List<double[]> points) {
			int step = Math.max(1, (int) Math.ceil(points.size() / (double) PROFILE_POINTS));
			List<double[]> kept = new ArrayList<>();
			for (int i = 0; i < points.size(); i += step) {
				kept.add(points.get(i));
			}
			if (!points.isEmpty() && kept.get(kept.size() - 1) != points.get(points.size() - 1)) {
				kept.add(points.get(points.size() - 1));
			}
			double[][] result = new double[2][kept.size()];
			for (int i = 0; i < kept.size(); i++) {
				result[0][i] = kept.get(i)[0];
				result[1][i] = kept.get(i)[1];
			}
			return result;
		}

	}

}
