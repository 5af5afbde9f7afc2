package org.lilims.instrument;

/**
 * One point of an impedance spectrum.
 *
 * @param spectrum 1-based number of the spectrum (sweep) in the file
 * @param frequencyHertz excitation frequency
 * @param realOhms Re(Z)
 * @param imaginaryOhms signed Im(Z): negative for a capacitive response (the "-Z''" of Nyquist plots is
 * {@code -imaginaryOhms})
 * @param magnitudeOhms |Z|
 * @param phaseDegrees phase of Z, negative for a capacitive response
 * @param testTimeSeconds elapsed time of the point, NaN when the file has none
 */
public record ImpedancePoint(int spectrum, double frequencyHertz, double realOhms, double imaginaryOhms,
		double magnitudeOhms, double phaseDegrees, double testTimeSeconds) {
}
