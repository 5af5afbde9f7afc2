package org.lilims.analysis.eis;

import java.util.Random;

/**
 * Spectra computed from a circuit with known parameters, optionally with Gaussian noise proportional to |Z|.
 */
final class SyntheticSpectra {

	private SyntheticSpectra() {
	}

	/** Log-spaced frequencies from {@code highHertz} down to {@code lowHertz}, both included. */
	static double[] frequencies(double highHertz, double lowHertz, int points) {
		double[] f = new double[points];
		double step = Math.log(lowHertz / highHertz) / (points - 1);
		for (int i = 0; i < points; i++) {
			f[i] = highHertz * Math.exp(i * step);
		}
		return f;
	}

	/** The exact spectrum. */
	static ImpedanceSpectrum exact(String circuit, double[] frequencyHertz, double... parameters) {
		return EquivalentCircuit.parse(circuit).simulate(frequencyHertz, parameters);
	}

	/** Re and Im each get noise of standard deviation {@code relativeNoise·|Z|}. */
	static ImpedanceSpectrum noisy(String circuit, double[] frequencyHertz, double relativeNoise, Random random,
			double... parameters) {
		ImpedanceSpectrum exact = exact(circuit, frequencyHertz, parameters);
		int n = exact.size();
		double[] re = new double[n];
		double[] im = new double[n];
		for (int i = 0; i < n; i++) {
			double sd = relativeNoise * exact.impedance(i).abs();
			re[i] = exact.realOhms()[i] + sd * random.nextGaussian();
			im[i] = exact.imaginaryOhms()[i] + sd * random.nextGaussian();
		}
		return new ImpedanceSpectrum(frequencyHertz, re, im);
	}

}
