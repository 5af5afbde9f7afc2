package org.lilims.analysis.eis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.lilims.instrument.ImpedancePoint;

/**
 * One impedance spectrum: points in measured order, Z = realOhms + j·imaginaryOhms with the imaginary part signed
 * (negative for a capacitive response, as {@link ImpedancePoint} has it). The arrays are copied in and must not be
 * changed by callers afterwards.
 *
 * @param frequencyHertz excitation frequencies, finite and > 0
 * @param realOhms Re(Z)
 * @param imaginaryOhms Im(Z), signed
 */
public record ImpedanceSpectrum(double[] frequencyHertz, double[] realOhms, double[] imaginaryOhms) {

	public ImpedanceSpectrum {
		if (realOhms.length != frequencyHertz.length || imaginaryOhms.length != frequencyHertz.length) {
			throw new IllegalArgumentException("frequency, real and imaginary arrays differ in length: "
					+ frequencyHertz.length + ", " + realOhms.length + ", " + imaginaryOhms.length);
		}
		for (int i = 0; i < frequencyHertz.length; i++) {
			if (!(frequencyHertz[i] > 0) || !Double.isFinite(frequencyHertz[i])) {
				throw new IllegalArgumentException("frequency " + frequencyHertz[i] + " Hz at point " + (i + 1)
						+ " is not a finite positive number");
			}
			if (!Double.isFinite(realOhms[i]) || !Double.isFinite(imaginaryOhms[i])) {
				throw new IllegalArgumentException("impedance at point " + (i + 1) + " is not finite");
			}
		}
		frequencyHertz = frequencyHertz.clone();
		realOhms = realOhms.clone();
		imaginaryOhms = imaginaryOhms.clone();
	}

	/** The points of one spectrum, in order (their spectrum numbers are not looked at). */
	public static ImpedanceSpectrum of(List<ImpedancePoint> points) {
		int n = points.size();
		double[] f = new double[n];
		double[] re = new double[n];
		double[] im = new double[n];
		for (int i = 0; i < n; i++) {
			ImpedancePoint point = points.get(i);
			f[i] = point.frequencyHertz();
			re[i] = point.realOhms();
			im[i] = point.imaginaryOhms();
		}
		return new ImpedanceSpectrum(f, re, im);
	}

	/** The points of a file grouped by {@link ImpedancePoint#spectrum()}, in order of first appearance. */
	public static Map<Integer, ImpedanceSpectrum> bySpectrum(List<ImpedancePoint> points) {
		Map<Integer, List<ImpedancePoint>> groups = new LinkedHashMap<>();
		for (ImpedancePoint point : points) {
			groups.computeIfAbsent(point.spectrum(), key -> new ArrayList<>()).add(point);
		}
		Map<Integer, ImpedanceSpectrum> spectra = new LinkedHashMap<>();
		groups.forEach((number, group) -> spectra.put(number, of(group)));
		return spectra;
	}

	public int size() {
		return this.frequencyHertz.length;
	}

	/** Z at point {@code i}. */
	public Complex impedance(int i) {
		return new Complex(this.realOhms[i], this.imaginaryOhms[i]);
	}

	/**
	 * The points with Im(Z) < 0 only, dropping the inductive ones (impedance.py's {@code ignoreBelowX}, which its
	 * documented fits apply first).
	 */
	public ImpedanceSpectrum capacitiveOnly() {
		return where(i -> this.imaginaryOhms[i] < 0);
	}

	/** The points with {@code minHertz ≤ f ≤ maxHertz}. */
	public ImpedanceSpectrum between(double minHertz, double maxHertz) {
		return where(i -> this.frequencyHertz[i] >= minHertz && this.frequencyHertz[i] <= maxHertz);
	}

	private ImpedanceSpectrum where(IntPredicate keep) {
		int[] kept = IntStream.range(0, size()).filter(keep).toArray();
		double[] f = new double[kept.length];
		double[] re = new double[kept.length];
		double[] im = new double[kept.length];
		for (int k = 0; k < kept.length; k++) {
			f[k] = this.frequencyHertz[kept[k]];
			re[k] = this.realOhms[kept[k]];
			im[k] = this.imaginaryOhms[kept[k]];
		}
		return new ImpedanceSpectrum(f, re, im);
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof ImpedanceSpectrum spectrum
				&& Arrays.equals(spectrum.frequencyHertz, this.frequencyHertz)
				&& Arrays.equals(spectrum.realOhms, this.realOhms)
				&& Arrays.equals(spectrum.imaginaryOhms, this.imaginaryOhms);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * Arrays.hashCode(this.frequencyHertz) + Arrays.hashCode(this.realOhms))
				+ Arrays.hashCode(this.imaginaryOhms);
	}

	@Override
	public String toString() {
		return "ImpedanceSpectrum[" + size() + " points"
				+ ((size() > 0) ? ", " + this.frequencyHertz[0] + " … " + this.frequencyHertz[size() - 1] + " Hz" : "")
				+ "]";
	}

}
