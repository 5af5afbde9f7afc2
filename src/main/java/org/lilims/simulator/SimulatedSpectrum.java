package org.lilims.simulator;

/**
 * A simulated impedance sweep, from the highest frequency down, with the time of each point from the start of the
 * measurement. The arrays are not copied: do not change them.
 *
 * @param parameters the circuit simulated
 * @param frequencyHertz frequencies, descending
 * @param realOhms Re(Z) with noise
 * @param imaginaryOhms signed Im(Z) with noise (negative when capacitive)
 * @param timeSeconds time of each point from the start of the sweep
 */
public record SimulatedSpectrum(EisCircuitParameters parameters, double[] frequencyHertz, double[] realOhms,
		double[] imaginaryOhms, double[] timeSeconds) {

	/** The number of points. */
	public int size() {
		return this.frequencyHertz.length;
	}

	/** The time the sweep takes, s. */
	public double durationSeconds() {
		return this.timeSeconds[this.timeSeconds.length - 1];
	}

}
