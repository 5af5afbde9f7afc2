package org.lilims.analysis;

import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.eis.CircuitFit;
import org.lilims.analysis.eis.FittedParameter;
import org.lilims.analysis.eis.ImpedanceSpectrum;

/**
 * One impedance spectrum with its equivalent-circuit fit, as stored and served (Nyquist plot with the fitted curve,
 * R_int over measurements).
 *
 * @param spectrum the spectrum's number in its file
 * @param measuredAt when the spectrum began (instrument-local), if the file says
 * @param cycle the cycle of the cell's cycling data that had begun when the spectrum was measured (0 before the
 * cycling began); set when served, null when either file has no time
 * @param circuit the fitted circuit
 * @param parameters fitted values with standard errors
 * @param chiSquare the minimised objective
 * @param rmseOhms root-mean-square misfit
 * @param converged whether the optimiser met its tolerances
 * @param interphaseResistanceOhms R_int: the resistances of the circuit's RC/R-CPE arcs (null without an arc)
 * @param interphaseResistanceStandardErrorOhms its standard error
 * @param frequencyHz the fitted points' frequencies
 * @param realOhms their Re(Z)
 * @param imaginaryOhms their Im(Z), negative for a capacitive response
 * @param fittedRealOhms the fitted circuit's Re(Z) at those frequencies
 * @param fittedImaginaryOhms its Im(Z)
 * @param kramersKronigMaxResidualPercent the largest Lin-KK residual (Schönleber et al. 2014), real or imaginary, in %
 * of |Z|: below about 1 % the spectrum is linear, causal and stable; null when the test could not run
 */
public record SpectrumFit(int spectrum, @Nullable LocalDateTime measuredAt, @Nullable Integer cycle, String circuit, List<FittedParameter> parameters, double chiSquare,
		double rmseOhms, boolean converged, @Nullable Double interphaseResistanceOhms,
		@Nullable Double interphaseResistanceStandardErrorOhms, double[] frequencyHz, double[] realOhms,
		double[] imaginaryOhms, double[] fittedRealOhms, double[] fittedImaginaryOhms,
		@Nullable Double kramersKronigMaxResidualPercent) {

	static SpectrumFit of(int spectrum, @Nullable LocalDateTime measuredAt, ImpedanceSpectrum measured,
			CircuitFit fit, @Nullable Double kramersKronigMaxResidualPercent) {
		return new SpectrumFit(spectrum, measuredAt, null, fit.circuit(), fit.parameters(), fit.chiSquare(), fit.rmseOhms(),
				fit.converged(),
				(fit.interphaseResistance() != null) ? fit.interphaseResistance().ohms() : null,
				(fit.interphaseResistance() != null) ? fit.interphaseResistance().standardErrorOhms() : null,
				measured.frequencyHertz(), measured.realOhms(), measured.imaginaryOhms(),
				fit.fitted().realOhms(), fit.fitted().imaginaryOhms(), kramersKronigMaxResidualPercent);
	}

	SpectrumFit atCycle(@Nullable Integer cycle) {
		return new SpectrumFit(this.spectrum, this.measuredAt, cycle, this.circuit, this.parameters, this.chiSquare,
				this.rmseOhms, this.converged, this.interphaseResistanceOhms, this.interphaseResistanceStandardErrorOhms,
				this.frequencyHz, this.realOhms, this.imaginaryOhms, this.fittedRealOhms, this.fittedImaginaryOhms,
				this.kramersKronigMaxResidualPercent);
	}

}
