package org.lilims.simulator;

/**
 * A monotone piecewise-cubic interpolation through tabulated points (Fritsch–Carlson), so that simulated voltage
 * curves are smooth (no kinks in dQ/dV) and never overshoot the table.
 */
final class MonotoneCurve {

	private final double[] x;

	private final double[] y;

	private final double[] slopes;

	MonotoneCurve(double[] x, double[] y) {
		int n = x.length;
		if (n < 2 || y.length != n) {
			throw new IllegalArgumentException("need at least two points, as many x as y");
		}
		this.x = x.clone();
		this.y = y.clone();
		double[] secants = new double[n - 1];
		for (int i = 0; i < n - 1; i++) {
			if (!(x[i + 1] > x[i])) {
				throw new IllegalArgumentException("x must increase");
			}
			secants[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
		}
		this.slopes = new double[n];
		this.slopes[0] = secants[0];
		this.slopes[n - 1] = secants[n - 2];
		for (int i = 1; i < n - 1; i++) {
			this.slopes[i] = (secants[i - 1] * secants[i] <= 0) ? 0 : (secants[i - 1] + secants[i]) / 2;
		}
		for (int i = 0; i < n - 1; i++) {
			if (secants[i] == 0) {
				this.slopes[i] = 0;
				this.slopes[i + 1] = 0;
				continue;
			}
			double a = this.slopes[i] / secants[i];
			double b = this.slopes[i + 1] / secants[i];
			double norm = a * a + b * b;
			if (norm > 9) {
				double t = 3 / Math.sqrt(norm);
				this.slopes[i] = t * a * secants[i];
				this.slopes[i + 1] = t * b * secants[i];
			}
		}
	}

	/** The curve at {@code at}, held at the end values outside the table. */
	double value(double at) {
		int n = this.x.length;
		if (at <= this.x[0]) {
			return this.y[0];
		}
		if (at >= this.x[n - 1]) {
			return this.y[n - 1];
		}
		int lo = 0;
		int hi = n - 1;
		while (hi - lo > 1) {
			int mid = (lo + hi) >>> 1;
			if (this.x[mid] <= at) {
				lo = mid;
			}
			else {
				hi = mid;
			}
		}
		double h = this.x[hi] - this.x[lo];
		double t = (at - this.x[lo]) / h;
		double t2 = t * t;
		double t3 = t2 * t;
		return (2 * t3 - 3 * t2 + 1) * this.y[lo] + (t3 - 2 * t2 + t) * h * this.slopes[lo]
				+ (-2 * t3 + 3 * t2) * this.y[hi] + (t3 - t2) * h * this.slopes[hi];
	}

}
