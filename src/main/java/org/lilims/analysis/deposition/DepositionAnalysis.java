package org.lilims.analysis.deposition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.CoreColumnsSink;
import org.lilims.instrument.DepositionRecord;

/**
 * Per-layer metrics of a deposition log (first sensor): final thickness, mean and standard deviation of the rate while
 * depositing, deposition time; matched with the run's evaporated layers (by material where both name it, else in
 * order) for the deviation from target thickness and set-point rate.
 */
public final class DepositionAnalysis implements CoreColumnsSink {

	public static final String ALGORITHM = "deposition-layers";

	public static final int VERSION = 1;

	/** Readings kept per layer for plotting. */
	public static final int MAX_PLOTTED = 2000;

	private final Map<Integer, Layer> layers = new LinkedHashMap<>();

	@Override
	public void deposition(DepositionRecord record) {
		if (record.sensor() != 1) {
			return;
		}
		this.layers.computeIfAbsent(record.layer(), Layer::new).add(record);
	}

	/** The layers in log order, compared with {@code targets} (the run's evaporated layers in order). */
	public List<LayerMetrics> result(List<TargetLayer> targets) {
		List<TargetLayer> unmatched = new ArrayList<>(targets);
		List<LayerMetrics> result = new ArrayList<>();
		for (Layer layer : this.layers.values()) {
			TargetLayer target = match(layer.material, unmatched);
			if (target != null) {
				unmatched.remove(target);
			}
			result.add(layer.metrics(target));
		}
		return result;
	}

	private static @Nullable TargetLayer match(@Nullable String material, List<TargetLayer> targets) {
		if (material != null) {
			for (TargetLayer target : targets) {
				if (target.material() != null
						&& target.material().trim().toLowerCase(Locale.ROOT).equals(material.trim().toLowerCase(Locale.ROOT))) {
					return target;
				}
			}
		}
		return targets.isEmpty() ? null : targets.get(0);
	}

	/** One layer's readings, summed as they come (Welford's running variance). */
	private static final class Layer {

		private final int number;

		private @Nullable String material;

		private double lastThickness = Double.NaN;

		private long readings;

		private long rates;

		private double meanRate;

		private double squaredDeviations;

		private double firstDepositing = Double.NaN;

		private double lastDepositing = Double.NaN;

		private final List<double[]> readingsKept = new ArrayList<>();

		Layer(int number) {
			this.number = number;
		}

		void add(DepositionRecord record) {
			this.readings++;
			this.readingsKept.add(new double[] { record.elapsedSeconds(), record.rateNanometresPerSecond(),
					record.thicknessNanometres() });
			if (this.material == null) {
				this.material = record.extras().get("material");
			}
			if (!Double.isNaN(record.thicknessNanometres())) {
				this.lastThickness = record.thicknessNanometres();
			}
			double rate = record.rateNanometresPerSecond();
			if (rate > 0) {
				this.rates++;
				double delta = rate - this.meanRate;
				this.meanRate += delta / this.rates;
				this.squaredDeviations += delta * (rate - this.meanRate);
				if (Double.isNaN(this.firstDepositing)) {
					this.firstDepositing = record.layerElapsedSeconds();
				}
				this.lastDepositing = record.layerElapsedSeconds();
			}
		}

		LayerMetrics metrics(@Nullable TargetLayer target) {
			Double targetThickness = (target != null) ? target.targetThicknessNm() : null;
			Double targetRate = (target != null) ? target.rateNmPerS() : null;
			Double thickness = Double.isNaN(this.lastThickness) ? null : this.lastThickness;
			Double mean = (this.rates > 0) ? this.meanRate : null;
			return new LayerMetrics(this.number, this.material, thickness, mean,
					(this.rates > 1) ? Math.sqrt(this.squaredDeviations / (this.rates - 1)) : null,
					(this.rates > 0) ? this.lastDepositing - this.firstDepositing : 0, this.readings, targetThickness,
					deviation(thickness, targetThickness), targetRate, deviation(mean, targetRate), series(0),
					series(1), series(2));
		}

		// evenly picked readings, at most MAX_PLOTTED (logs are small; a very long one is thinned)
		private double[] series(int column) {
			int step = Math.max(1, (int) Math.ceil(this.readingsKept.size() / (double) MAX_PLOTTED));
			return java.util.stream.IntStream.iterate(0, i -> i < this.readingsKept.size(), i -> i + step)
				.mapToDouble(i -> this.readingsKept.get(i)[column])
				.toArray();
		}

		private static @Nullable Double deviation(@Nullable Double value, @Nullable Double target) {
			return (value != null && target != null && target > 0) ? 100 * (value - target) / target : null;
		}

	}

}
