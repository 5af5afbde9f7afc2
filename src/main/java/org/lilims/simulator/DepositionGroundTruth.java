package org.lilims.simulator;

import java.util.List;

/**
 * What a correct reading of a simulated deposition log must recover, per layer, from the values as written.
 *
 * @param layers the layers in order
 */
public record DepositionGroundTruth(List<Layer> layers) {

	public DepositionGroundTruth {
		layers = List.copyOf(layers);
	}

	/**
	 * One layer.
	 * @param number layer number from 1
	 * @param layer the programmed layer
	 * @param finalThicknessNm thickness of its last reading
	 * @param meanRateNmPerS mean of the rates written while depositing (shutter open)
	 * @param depositionSeconds from the first to the last reading with a positive rate
	 */
	public record Layer(int number, DepositionLayer layer, double finalThicknessNm, double meanRateNmPerS,
			double depositionSeconds) {
	}

}
