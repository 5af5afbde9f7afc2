package org.lilims.analysis.cycles;

/**
 * Largest-Triangle-Three-Buckets downsampling (S. Steinarsson, "Downsampling time series for visual representation",
 * 2013): keeps the first and last point and, from each of the buckets between, the point that forms the largest
 * triangle with the point kept before it and the mean of the next bucket. The shape survives far better than with
 * every n-th point.
 */
public final class Lttb {

	private Lttb() {
	}

	/**
	 * @param x increasing abscissae
	 * @param y ordinates, as many
	 * @param threshold how many points to keep (at least 3); all are kept when there are not more
	 * @return {@code [xs, ys]}
	 */
	public static double[][] downsample(double[] x, double[] y, int threshold) {
		int n = x.length;
		if (threshold >= n || threshold < 3) {
			return new double[][] { x.clone(), y.clone() };
		}
		double[] sampledX = new double[threshold];
		double[] sampledY = new double[threshold];
		double bucketSize = (double) (n - 2) / (threshold - 2);
		int kept = 0;
		sampledX[kept] = x[0];
		sampledY[kept++] = y[0];
		int previous = 0;
		for (int bucket = 0; bucket < threshold - 2; bucket++) {
			int nextStart = (int) Math.floor((bucket + 1) * bucketSize) + 1;
			int nextEnd = Math.min((int) Math.floor((bucket + 2) * bucketSize) + 1, n);
			double meanX = 0;
			double meanY = 0;
			for (int i = nextStart; i < nextEnd; i++) {
				meanX += x[i];
				meanY += y[i];
			}
			int count = Math.max(1, nextEnd - nextStart);
			meanX /= count;
			meanY /= count;
			int start = (int) Math.floor(bucket * bucketSize) + 1;
			int end = (int) Math.floor((bucket + 1) * bucketSize) + 1;
			double largest = -1;
			int chosen = start;
			for (int i = start; i < end; i++) {
				double area = Math.abs((x[previous] - meanX) * (y[i] - y[previous])
						- (x[previous] - x[i]) * (meanY - y[previous]));
				if (area > largest) {
					largest = area;
					chosen = i;
				}
			}
			sampledX[kept] = x[chosen];
			sampledY[kept++] = y[chosen];
			previous = chosen;
		}
		sampledX[kept] = x[n - 1];
		sampledY[kept] = y[n - 1];
		return new double[][] { sampledX, sampledY };
	}

}
