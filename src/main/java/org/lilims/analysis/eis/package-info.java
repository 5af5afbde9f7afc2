/**
 * Equivalent-circuit fitting of impedance spectra: circuits in the common string notation
 * ({@code R0-p(R1,CPE1)-W1}, {@link org.lilims.analysis.eis.EquivalentCircuit}), Levenberg–Marquardt fits with
 * automatic initial guesses and standard errors ({@link org.lilims.analysis.eis.CircuitFitter}), the interphase
 * resistance R_int of each spectrum ({@link org.lilims.analysis.eis.InterphaseResistance}) and the Lin-KK validity
 * test ({@link org.lilims.analysis.eis.LinKk}), all with impedance.py's definitions. Plain Java, no Spring.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.analysis.eis;
