package org.lilims.simulator;

import static org.lilims.simulator.SymmetricCellParameters.positive;

/**
 * One evaporated layer of a coating run as the controller is programmed: film material, final thickness (the layer
 * ends when the crystal reads it) and set-point rate.
 *
 * @param material the film, e.g. {@code Zn}
 * @param targetThicknessNm final thickness
 * @param rateNmPerS set-point rate
 */
public record DepositionLayer(String material, double targetThicknessNm, double rateNmPerS) {

	public DepositionLayer {
		positive("targetThicknessNm", targetThicknessNm);
		positive("rateNmPerS", rateNmPerS);
	}

}
