package org.lilims.simulator;

import java.util.Random;

/**
 * Potentiostatic impedance sweeps of an {@link EisCircuitParameters} circuit: logarithmically spaced frequencies from
 * {@code maxHertz} down to {@code minHertz}, each point's Re and Im disturbed by Gaussian noise proportional to |Z|
 * (as an analyser's relative accuracy), deterministic for a seed. A point takes two periods of its frequency plus
 * 0.25 s of settling, as a single-sine measurement with two averages would.
 */
public final class EisSimulator {

	/** 0.1 MHz. */
	public static final double DEFAULT_MAX_HERTZ = 1e5;

	/** 0.1 Hz. */
	public static final double DEFAULT_MIN_HERTZ = 0.1;

	/** Points per decade by default. */
	public static final int DEFAULT_POINTS_PER_DECADE = 10;

	private EisSimulator() {
	}

	/**
	 * A sweep from 0.1 MHz to 0.1 Hz at 10 points per decade (61 points).
	 * @param relativeNoise standard deviation of the noise on Re and Im, relative to |Z| (e.g. 0.002)
	 */
	public static SimulatedSpectrum sweep(EisCircuitParameters parameters, double relativeNoise, long seed) {
		return sweep(parameters, DEFAULT_MAX_HERTZ, DEFAULT_MIN_HERTZ, DEFAULT_POINTS_PER_DECADE, relativeNoise, seed);
	}

	public static SimulatedSpectrum sweep(EisCircuitParameters parameters, double maxHertz, double minHertz,
			int pointsPerDecade, double relativeNoise, long seed) {
		if (!(maxHertz > minHertz && minHertz > 0) || pointsPerDecade < 1 || !(relativeNoise >= 0)) {
			throw new IllegalArgumentException("need maxHertz > minHertz > 0, pointsPerDecade >= 1 and noise >= 0");
		}
		int n = (int) Math.round(Math.log10(maxHertz / minHertz) * pointsPerDecade) + 1;
		double[] f = new double[n];
		double[] re = new double[n];
		double[] im = new double[n];
		double[] t = new double[n];
		Random random = new Random(seed);
		double elapsed = 0;
		for (int i = 0; i < n; i++) {
			f[i] = maxHertz * Math.pow(10, -(double) i / pointsPerDecade);
			double[] z = parameters.impedance(f[i]);
			double sigma = relativeNoise * Math.hypot(z[0], z[1]);
			re[i] = z[0] + sigma * random.nextGaussian();
			im[i] = z[1] + sigma * random.nextGaussian();
			elapsed += 0.25 + 2 / f[i];
			t[i] = elapsed;
		}
		return new SimulatedSpectrum(parameters, f, re, im, t);
	}

}
