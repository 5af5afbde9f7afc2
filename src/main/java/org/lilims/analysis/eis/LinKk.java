package org.lilims.analysis.eis;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The Lin-KK test (Schönleber et al., Electrochim. Acta 131 (2014) 20), as impedance.py's {@code linKK}: the
 * spectrum is fitted, by linear least squares weighted by 1/|Z|, with a model that obeys the Kramers–Kronig
 * relations, Z = R₀ + jωL [+ 1/(jωC)] + Σ R_k/(1 + jωτ_k), whose M time constants are fixed and log-spaced from
 * 1/(2π·f_max) to 1/(2π·f_min). M grows from 1 until μ = 1 − Σ|R_k < 0|/Σ|R_k ≥ 0| falls to the cutoff.
 * Large residuals mean the data cannot come from a linear, causal, time-invariant system.
 */
public final class LinKk {

	private LinKk() {
	}

	/** The test with impedance.py's defaults. */
	public static LinKkResult test(ImpedanceSpectrum spectrum) {
		return test(spectrum, LinKkOptions.DEFAULTS);
	}

	public static LinKkResult test(ImpedanceSpectrum spectrum, LinKkOptions options) {
		if (spectrum.size() < 2) {
			throw new IllegalArgumentException("Lin-KK needs at least 2 points, got " + spectrum.size());
		}
		if (Double.isNaN(options.muCutoff())) {
			return fit(spectrum, options.maxRcElements(), options);
		}
		LinKkResult result = null;
		for (int m = 1; m <= options.maxRcElements(); m++) {
			result = fit(spectrum, m, options);
			if (result.mu() <= options.muCutoff()) {
				break;
			}
		}
		return result;
	}

	/** The time constants τ_k of M RC elements, in s. */
	static double[] timeConstants(ImpedanceSpectrum spectrum, int m) {
		double fMin = Double.POSITIVE_INFINITY;
		double fMax = 0;
		for (double f : spectrum.frequencyHertz()) {
			fMin = Math.min(fMin, f);
			fMax = Math.max(fMax, f);
		}
		double tauMin = 1 / (2 * Math.PI * fMax);
		double tauMax = 1 / (2 * Math.PI * fMin);
		double[] tau = new double[m];
		for (int k = 0; k < m; k++) {
			tau[k] = (m == 1) ? tauMax : tauMin * Math.pow(tauMax / tauMin, (double) k / (m - 1));
		}
		return tau;
	}

	private static LinKkResult fit(ImpedanceSpectrum spectrum, int m, LinKkOptions options) {
		int n = spectrum.size();
		double[] tau = timeConstants(spectrum, m);
		boolean capacitor = options.seriesCapacitance();
		// unknowns: R0, R_1..R_M, [1/C], L
		int columns = m + (capacitor ? 3 : 2);
		int inverseC = capacitor ? m + 1 : -1;
		int inductance = columns - 1;
		double[][] aRe = new double[n][columns];
		double[][] aIm = new double[n][columns];
		double[] bRe = new double[n];
		double[] bIm = new double[n];
		double[] omega = new double[n];
		for (int i = 0; i < n; i++) {
			double w = 2 * Math.PI * spectrum.frequencyHertz()[i];
			double modulus = spectrum.impedance(i).abs();
			omega[i] = w;
			aRe[i][0] = 1 / modulus;
			for (int k = 0; k < m; k++) {
				// 1/(1 + jωτ) = (1 - jωτ)/(1 + (ωτ)²)
				double wt = w * tau[k];
				aRe[i][k + 1] = 1 / (1 + wt * wt) / modulus;
				aIm[i][k + 1] = -wt / (1 + wt * wt) / modulus;
			}
			if (capacitor) {
				aIm[i][inverseC] = -1 / (w * modulus);
			}
			aIm[i][inductance] = w / modulus;
			bRe[i] = spectrum.realOhms()[i] / modulus;
			bIm[i] = spectrum.imaginaryOhms()[i] / modulus;
		}
		double[] x;
		if (options.fit() == LinKkFit.COMPLEX) {
			double[][] a = new double[2 * n][];
			double[] b = new double[2 * n];
			for (int i = 0; i < n; i++) {
				a[i] = aRe[i];
				a[n + i] = aIm[i];
				b[i] = bRe[i];
				b[n + i] = bIm[i];
			}
			x = leastSquares(a, b);
		}
		else {
			// the real parts give R0 and R_k (the pseudo-inverse leaves L and 1/C at 0) ...
			x = leastSquares(aRe, bRe);
			// ... then L (and 1/C) come from what the RC elements leave of the imaginary parts
			int extra = capacitor ? 2 : 1;
			double[][] a = new double[n][extra];
			double[] b = new double[n];
			for (int i = 0; i < n; i++) {
				double im = 0;
				for (int k = 0; k < m; k++) {
					im += aIm[i][k + 1] * x[k + 1];
				}
				b[i] = bIm[i] - im;
				a[i][extra - 1] = aIm[i][inductance];
				if (capacitor) {
					a[i][0] = aIm[i][inverseC];
				}
			}
			double[] coefficients = leastSquares(a, b);
			x[inductance] = coefficients[extra - 1];
			if (capacitor) {
				x[inverseC] = coefficients[0];
			}
		}
		double negative = 0;
		double positive = 0;
		for (int k = 1; k <= m; k++) {
			if (x[k] < 0) {
				negative -= x[k];
			}
			else {
				positive += x[k];
			}
		}
		double mu = 1 - negative / positive;
		double[] fittedRe = new double[n];
		double[] fittedIm = new double[n];
		double[] residualsRe = new double[n];
		double[] residualsIm = new double[n];
		for (int i = 0; i < n; i++) {
			double modulus = spectrum.impedance(i).abs();
			double re = 0;
			double im = 0;
			for (int j = 0; j < columns; j++) {
				re += aRe[i][j] * x[j];
				im += aIm[i][j] * x[j];
			}
			fittedRe[i] = re * modulus;
			fittedIm[i] = im * modulus;
			residualsRe[i] = bRe[i] - re;
			residualsIm[i] = bIm[i] - im;
		}
		return new LinKkResult(m, mu, new ImpedanceSpectrum(spectrum.frequencyHertz(), fittedRe, fittedIm),
				residualsRe, residualsIm, x[0], x[inductance]);
	}

	/** The minimum-norm least-squares solution (pseudo-inverse, as numpy's {@code pinv}). */
	private static double[] leastSquares(double[][] a, double[] b) {
		return new SingularValueDecomposition(new Array2DRowRealMatrix(a, false)).getSolver()
			.solve(new ArrayRealVector(b, false))
			.toArray();
	}

}
