package org.lilims.analysis.cycles;

import java.util.ArrayList;
import java.util.List;

/**
 * Thins a stream of (x, y) points of unknown length to at most about {@code 2 × buckets} points for plotting, keeping
 * the lowest and the highest y of each run of consecutive points (so spikes, such as a cell reaching its cut-off
 * voltage, survive). Runs start one point long and double whenever the buckets fill, so memory stays bounded.
 */
public final class MinMaxDecimator {

	private final int buckets;

	private final List<double[]> kept = new ArrayList<>();

	private int pointsPerBucket = 1;

	private int inBucket;

	private double[] low;

	private double[] high;

	public MinMaxDecimator(int buckets) {
		this.buckets = buckets;
	}

	public void add(double x, double y) {
		if (Double.isNaN(x) || Double.isNaN(y)) {
			return;
		}
		if (this.inBucket == 0) {
			this.low = new double[] { x, y };
			this.high = this.low;
		}
		else if (y < this.low[1]) {
			this.low = new double[] { x, y };
		}
		else if (y > this.high[1]) {
			this.high = new double[] { x, y };
		}
		if (++this.inBucket == this.pointsPerBucket) {
			closeBucket();
		}
	}

	/** The kept points in x order, as {@code [xs, ys]}. */
	public double[][] points() {
		List<double[]> all = new ArrayList<>(this.kept);
		if (this.inBucket > 0) {
			addOrdered(all, this.low, this.high);
		}
		double[][] result = new double[2][all.size()];
		for (int i = 0; i < all.size(); i++) {
			result[0][i] = all.get(i)[0];
			result[1][i] = all.get(i)[1];
		}
		return result;
	}

	private void closeBucket() {
		addOrdered(this.kept, this.low, this.high);
		this.inBucket = 0;
		if (this.kept.size() >= 4 * this.buckets) {
			halve();
		}
	}

	// merges neighbouring buckets (2 points each) into one, keeping the lowest and highest of the four
	private void halve() {
		List<double[]> merged = new ArrayList<>(this.kept.size() / 2 + 2);
		for (int i = 0; i + 3 < this.kept.size(); i += 4) {
			double[] lowest = this.kept.get(i);
			double[] highest = this.kept.get(i);
			for (int j = i + 1; j < i + 4; j++) {
				double[] point = this.kept.get(j);
				if (point[1] < lowest[1]) {
					lowest = point;
				}
				if (point[1] > highest[1]) {
					highest = point;
				}
			}
			addOrdered(merged, lowest, highest);
		}
		for (int i = this.kept.size() - this.kept.size() % 4; i < this.kept.size(); i++) {
			merged.add(this.kept.get(i));
		}
		this.kept.clear();
		this.kept.addAll(merged);
		this.pointsPerBucket *= 2;
	}

	private static void addOrdered(List<double[]> target, double[] a, double[] b) {
		if (a == b) {
			target.add(a);
		}
		else if (a[0] <= b[0]) {
			target.add(a);
			target.add(b);
		}
		else {
			target.add(b);
			target.add(a);
		}
	}

}
