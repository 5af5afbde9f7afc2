/**
 * Equivalent-circuit fitting of impedance spectra: circuits in the common string notation
 * ({@code R0-p(R1,CPE1)-W1}), Levenberg–Marquardt fits with standard errors. Plain Java, no Spring.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.analysis.eis;
