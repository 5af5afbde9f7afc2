package org.lilims.analysis.eis;

/**
 * Which parts of the spectrum the Lin-KK model is regressed on (impedance.py's {@code fit_type}).
 */
public enum LinKkFit {

	/**
	 * The real parts; the series inductance (and capacitance) then from the imaginary residual. impedance.py's
	 * default.
	 */
	REAL,

	/** Real and imaginary parts together (Schönleber et al., eq. 14). */
	COMPLEX

}
