package org.lilims.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per layer (and sensor) of a deposition log, gathered while the readings stream by: final thickness, mean rate of
 * the readings with a positive rate, and duration on the layer's timer.
 */
final class LayerSummary {

	/**
	 * @param layer layer number
	 * @param sensor crystal sensor number
	 * @param finalThicknessNanometres thickness of the layer's last reading
	 * @param meanRateNanometresPerSecond mean rate over readings with a rate above zero (NaN when none)
	 * @param durationSeconds layer time from its first to its last reading
	 */
	record Layer(int layer, int sensor, double finalThicknessNanometres, double meanRateNanometresPerSecond,
			double durationSeconds) {
	}

	private static final class Accumulator {

		final int layer;

		final int sensor;

		double firstSeconds = Double.NaN;

		double lastSeconds = Double.NaN;

		double lastThickness = Double.NaN;

		double rateSum;

		long rates;

		Accumulator(int layer, int sensor) {
			this.layer = layer;
			this.sensor = sensor;
		}

	}

	private final Map<Long, Accumulator> layers = new LinkedHashMap<>();

	void deposition(DepositionRecord record) {
		Accumulator a = this.layers.computeIfAbsent(((long) record.layer() << 8) | record.sensor(),
				key -> new Accumulator(record.layer(), record.sensor()));
		if (Double.isNaN(a.firstSeconds)) {
			a.firstSeconds = record.layerElapsedSeconds();
		}
		a.lastSeconds = record.layerElapsedSeconds();
		if (!Double.isNaN(record.thicknessNanometres())) {
			a.lastThickness = record.thicknessNanometres();
		}
		if (record.rateNanometresPerSecond() > 0) {
			a.rateSum += record.rateNanometresPerSecond();
			a.rates++;
		}
	}

	boolean multipleSensors() {
		return this.layers.values().stream().anyMatch(a -> a.sensor != 1);
	}

	List<Layer> layers() {
		List<Layer> result = new ArrayList<>();
		for (Accumulator a : this.layers.values()) {
			result.add(new Layer(a.layer, a.sensor, a.lastThickness,
					(a.rates > 0) ? a.rateSum / a.rates : Double.NaN, a.lastSeconds - a.firstSeconds));
		}
		return result;
	}

}
