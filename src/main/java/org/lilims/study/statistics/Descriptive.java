package org.lilims.study.statistics;

import java.util.Arrays;
import java.util.Optional;

/**
 * Descriptive statistics of a sample of values.
 *
 * @param n number of values
 * @param mean arithmetic mean
 * @param sd sample standard deviation (divisor n − 1); 0 for a single value
 * @param median middle value (mean of the two middle ones for an even n)
 * @param min smallest value
 * @param max largest value
 */
public record Descriptive(int n, double mean, double sd, double median, double min, double max) {

	/** The statistics of the values, empty when there are none. */
	public static Optional<Descriptive> of(double... values) {
		if (values.length == 0) {
			return Optional.empty();
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		double mean = Arrays.stream(sorted).sum() / n;
		double squares = Arrays.stream(sorted).map(v -> (v - mean) * (v - mean)).sum();
		double sd = (n > 1) ? Math.sqrt(squares / (n - 1)) : 0;
		double median = (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		return Optional.of(new Descriptive(n, mean, sd, median, sorted[0], sorted[n - 1]));
	}

}
