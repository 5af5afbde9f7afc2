package org.lilims.analysis.eis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What the initial guesses are read from: the high-frequency real intercept, the arcs (semicircles) of the Nyquist
 * plot from high to low frequency, the low-frequency diffusion tail and any inductive high-frequency points.
 *
 * @param highFrequencyOhms real intercept at high frequency: the smallest Re(Z) of the capacitive points from the
 * lowest −Im(Z) before the first arc's apex to that apex
 * @param arcs arcs from high to low frequency, at least one
 * @param tailSigma σ of a semi-infinite Warburg fitted to the points after the last arc's valley (−Im(Z)·√ω, median),
 * NaN when there is no rising tail
 * @param inductanceHenry Im(Z)/ω at the highest-frequency inductive point above the first arc, NaN when none
 * @param omegaMin lowest angular frequency
 * @param omegaMax highest angular frequency
 * @param lowFrequencyMinusImOhms −Im(Z) at the lowest frequency (capacitive part of the tail)
 */
record SpectrumFeatures(double highFrequencyOhms, List<Arc> arcs, double tailSigma, double inductanceHenry,
		double omegaMin, double omegaMax, double lowFrequencyMinusImOhms) {

	/** Peaks lower than this share of the highest interior peak are noise. */
	private static final double MIN_RELATIVE_HEIGHT = 0.15;

	/** Peaks whose prominence is less than this share of their height are noise. */
	private static final double MIN_RELATIVE_PROMINENCE = 0.2;

	/**
	 * One arc: a parallel R with a capacitor or CPE.
	 *
	 * @param startOhms Re(Z) where it starts (high-frequency side)
	 * @param widthOhms its diameter on the real axis, twice the distance from the start to the apex's Re(Z)
	 * @param apexOmega angular frequency of its apex (largest −Im(Z))
	 * @param heightOhms −Im(Z) at the apex
	 */
	record Arc(double startOhms, double widthOhms, double apexOmega, double heightOhms) {

		/** α of an R-CPE arc of this width and height: −Im at the apex is (R/2)·tan(απ/4). */
		double alpha() {
			return (4 / Math.PI) * Math.atan(2 * this.heightOhms / this.widthOhms);
		}

	}

	static SpectrumFeatures of(ImpedanceSpectrum spectrum) {
		double[] f = spectrum.frequencyHertz();
		double[] re = spectrum.realOhms();
		double[] im = spectrum.imaginaryOhms();
		Integer[] byFrequency = IntStream.range(0, spectrum.size()).boxed().toArray(Integer[]::new);
		Arrays.sort(byFrequency, Comparator.comparingDouble((Integer i) -> f[i]).reversed());
		double omegaMax = 2 * Math.PI * f[byFrequency[0]];
		double omegaMin = 2 * Math.PI * f[byFrequency[byFrequency.length - 1]];

		// capacitive points from high to low frequency
		int[] cap = Arrays.stream(byFrequency)
			.mapToInt(Integer::intValue)
			.filter(i -> im[i] < 0 && re[i] > 0)
			.toArray();
		int n = cap.length;
		double[] y = smoothed(Arrays.stream(cap).mapToDouble(i -> -im[i]).toArray());
		List<Integer> peaks = peaks(y);
		// the intercept lies between the first arc's apex and the lowest −Im before it: points at still higher
		// frequencies are often cable and instrument artefacts
		int from = 0;
		int to = n - 1;
		if (!peaks.isEmpty()) {
			to = peaks.get(0);
			for (int j = 0; j < to; j++) {
				if (y[j] < y[from]) {
					from = j;
				}
			}
		}
		double highFrequency = Arrays.stream(cap, from, to + 1).mapToDouble(i -> re[i]).min().orElse(Double.NaN);
		if (!(highFrequency > 0)) {
			highFrequency = Arrays.stream(re).filter(r -> r > 0).min().orElse(1.0);
		}

		List<Arc> arcs = new ArrayList<>();
		double start = highFrequency;
		int valley = -1;
		for (int k = 0; k < peaks.size(); k++) {
			int peak = peaks.get(k);
			int next = (k + 1 < peaks.size()) ? peaks.get(k + 1) : n;
			valley = peak + 1;
			for (int j = peak + 1; j < next; j++) {
				if (y[j] < y[valley]) {
					valley = j;
				}
			}
			double width = 2 * (re[cap[peak]] - start);
			if (!(width > 0)) {
				width = Math.max(re[cap[Math.min(valley, n - 1)]] - start, 1e-3 * start);
			}
			arcs.add(new Arc(start, width, 2 * Math.PI * f[cap[peak]], y[peak]));
			start += width;
		}
		double tailSigma = Double.NaN;
		if (!peaks.isEmpty() && valley < n - 2) {
			double[] sigmas = IntStream.range(valley + 1, n)
				.mapToDouble(j -> y[j] * Math.sqrt(2 * Math.PI * f[cap[j]]))
				.sorted()
				.toArray();
			tailSigma = sigmas[sigmas.length / 2];
		}
		if (arcs.isEmpty()) {
			double maxRe = Arrays.stream(cap).mapToDouble(i -> re[i]).max().orElse(2 * highFrequency);
			double height = Arrays.stream(y).max().orElse(highFrequency);
			double width = (maxRe > highFrequency) ? maxRe - highFrequency : Math.max(height, highFrequency);
			arcs.add(new Arc(highFrequency, width, Math.sqrt(omegaMin * omegaMax), Math.max(height, width / 4)));
		}
		double inductance = Double.NaN;
		double firstApex = arcs.get(0).apexOmega();
		for (Integer i : byFrequency) {
			double omega = 2 * Math.PI * f[i];
			if (omega > firstApex && im[i] > 0) {
				inductance = im[i] / omega;
				break;
			}
		}
		int lowest = byFrequency[byFrequency.length - 1];
		double lowFrequencyMinusIm = (im[lowest] < 0) ? -im[lowest] : Math.hypot(re[lowest], im[lowest]);
		return new SpectrumFeatures(highFrequency, List.copyOf(arcs), tailSigma, inductance, omegaMin, omegaMax,
				lowFrequencyMinusIm);
	}

	/** A 3-point median, then a 3-point mean, against single noisy points. */
	private static double[] smoothed(double[] y) {
		int n = y.length;
		if (n < 5) {
			return y.clone();
		}
		double[] median = y.clone();
		for (int i = 1; i < n - 1; i++) {
			median[i] = Math.max(Math.min(y[i - 1], y[i]), Math.min(Math.max(y[i - 1], y[i]), y[i + 1]));
		}
		double[] mean = median.clone();
		for (int i = 1; i < n - 1; i++) {
			mean[i] = (median[i - 1] + median[i] + median[i + 1]) / 3;
		}
		return mean;
	}

	/** Interior local maxima that stand out: high and prominent enough. */
	private static List<Integer> peaks(double[] y) {
		int n = y.length;
		List<Integer> candidates = new ArrayList<>();
		for (int i = 1; i < n - 1; i++) {
			if (y[i] >= y[i - 1] && y[i] > y[i + 1]) {
				candidates.add(i);
			}
		}
		double highest = candidates.stream().mapToDouble(i -> y[i]).max().orElse(0);
		List<Integer> peaks = new ArrayList<>();
		for (int i : candidates) {
			double leftBase = y[i];
			for (int j = i - 1; j >= 0 && y[j] <= y[i]; j--) {
				leftBase = Math.min(leftBase, y[j]);
			}
			double rightBase = y[i];
			for (int j = i + 1; j < n && y[j] <= y[i]; j++) {
				rightBase = Math.min(rightBase, y[j]);
			}
			double prominence = y[i] - Math.max(leftBase, rightBase);
			if (y[i] >= MIN_RELATIVE_HEIGHT * highest && prominence >= MIN_RELATIVE_PROMINENCE * y[i]) {
				peaks.add(i);
			}
		}
		return peaks;
	}

}
