package org.lilims.study.statistics;

import java.util.Optional;

import org.hipparchus.distribution.continuous.TDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The change of an arm's mean versus a reference arm's mean in % of the reference mean, with a confidence interval
 * from Welch's t interval on the difference of the means (unequal variances, Welch–Satterthwaite degrees of freedom),
 * divided by the reference mean. The reference mean is treated as exact in that division, so the interval is slightly
 * too narrow when the reference arm is small and noisy.
 *
 * @param percent 100 (mean − reference mean) / reference mean
 * @param lowPercent lower end of the interval in %, null when either arm has fewer than 2 values
 * @param highPercent upper end of the interval in %, null when either arm has fewer than 2 values
 * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom, null without an interval
 * @param confidence the interval's confidence level, e.g. 0.95
 */
public record RelativeChange(double percent, @Nullable Double lowPercent, @Nullable Double highPercent,
		@Nullable Double degreesOfFreedom, double confidence) {

	/** How the interval is computed, for people and the API. */
	public static final String METHOD = "Welch t interval on the difference of means, in % of the reference mean";

	/**
	 * The change of {@code arm} versus {@code reference} at the given confidence level; empty when either has no
	 * values or the reference mean is 0.
	 */
	public static Optional<RelativeChange> welch(double[] reference, double[] arm, double confidence) {
		Optional<Descriptive> ref = Descriptive.of(reference);
		Optional<Descriptive> other = Descriptive.of(arm);
		if (ref.isEmpty() || other.isEmpty() || ref.get().mean() == 0) {
			return Optional.empty();
		}
		Descriptive r = ref.get();
		Descriptive a = other.get();
		double scale = 100 / r.mean();
		double difference = a.mean() - r.mean();
		if (r.n() < 2 || a.n() < 2) {
			return Optional.of(new RelativeChange(difference * scale, null, null, null, confidence));
		}
		double varianceOfMeanR = r.sd() * r.sd() / r.n();
		double varianceOfMeanA = a.sd() * a.sd() / a.n();
		double standardError = Math.sqrt(varianceOfMeanR + varianceOfMeanA);
		if (standardError == 0) {
			return Optional.of(new RelativeChange(difference * scale, difference * scale, difference * scale, null,
					confidence));
		}
		double df = Math.pow(varianceOfMeanR + varianceOfMeanA, 2) / (varianceOfMeanR * varianceOfMeanR / (r.n() - 1)
				+ varianceOfMeanA * varianceOfMeanA / (a.n() - 1));
		double t = new TDistribution(df).inverseCumulativeProbability(0.5 + confidence / 2);
		double low = (difference - t * standardError) * scale;
		double high = (difference + t * standardError) * scale;
		// a negative reference mean flips the ends
		return Optional.of(new RelativeChange(difference * scale, Math.min(low, high), Math.max(low, high), df,
				confidence));
	}

}
