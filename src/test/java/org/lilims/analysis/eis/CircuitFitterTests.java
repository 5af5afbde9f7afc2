package org.lilims.analysis.eis;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Fits of spectra computed from known parameters, started from the automatic initial guesses.
 */
class CircuitFitterTests {

	/** 60 points, 100 kHz to 10 mHz: about 8.4 per decade, a common lithium-cell sweep. */
	private static final double[] SWEEP = SyntheticSpectra.frequencies(1e5, 1e-2, 60);

	private static final String RANDLES_CPE_WARBURG = "R0-p(R1,CPE1)-W1";

	/** R0 3 Ω, an interphase arc of 40 Ω peaking near 300 Hz, α 0.85, σ 10 Ω·s^-½. */
	private static final double[] LITHIUM_CELL = { 3, 40, 2e-5, 0.85, 10 };

	private final CircuitFitter fitter = new CircuitFitter();

	@Test
	void recoversExactParametersFromAutomaticGuesses() {
		assertRecovers(RANDLES_CPE_WARBURG, LITHIUM_CELL);
		assertRecovers("R0-p(R1,C1)", 10, 100, 1e-6);
		assertRecovers("R0-p(R1,C1)-Wo1", 0.02, 0.012, 1.3, 0.06, 220);
		assertRecovers("R0-p(R1,CPE1)-Ws1", 3, 40, 2e-5, 0.85, 25, 30);
		// two arcs three decades apart, and an inductive cable at high frequency
		assertRecovers("R0-p(R1,CPE1)-p(R2,CPE2)-W1", 3, 20, 1e-6, 0.9, 60, 1e-3, 0.8, 10);
		assertRecovers("L0-R0-p(R1,CPE1)-W1", 2e-6, 3, 40, 2e-5, 0.85, 10);
	}

	@Test
	void recoversParametersOfANoisySpectrumWithinTheirStandardErrors() {
		ImpedanceSpectrum spectrum = SyntheticSpectra.noisy(RANDLES_CPE_WARBURG, SWEEP, 0.005, new Random(42),
				LITHIUM_CELL);

		CircuitFit fit = this.fitter.fit(RANDLES_CPE_WARBURG, spectrum);

		assertThat(fit.converged()).isTrue();
		for (int k = 0; k < LITHIUM_CELL.length; k++) {
			FittedParameter parameter = fit.parameters().get(k);
			assertThat(parameter.value()).as(parameter.name())
				.isCloseTo(LITHIUM_CELL[k], within(4 * parameter.standardError()));
			assertThat(parameter.relativeStandardError()).as(parameter.name()).isLessThan(0.05);
		}
		assertThat(fit.value("R1")).isCloseTo(40, within(1.0));
		assertThat(fit.value("CPE1_1")).isCloseTo(0.85, within(0.01));
		// the residual variance estimates the noise: mean (0.005·|Z|)² over the points
		ImpedanceSpectrum exact = SyntheticSpectra.exact(RANDLES_CPE_WARBURG, SWEEP, LITHIUM_CELL);
		double noiseVariance = 0;
		for (int i = 0; i < spectrum.size(); i++) {
			noiseVariance += Math.pow(0.005 * exact.impedance(i).abs(), 2);
		}
		noiseVariance /= spectrum.size();
		assertThat(fit.reducedChiSquare() / noiseVariance).isBetween(0.7, 1.4);
	}

	@Test
	void standardErrorsMatchTheScatterOfRepeatedFits() {
		// constant noise, as the unweighted fit assumes: its standard errors must equal the spread of the values
		EquivalentCircuit circuit = EquivalentCircuit.parse(RANDLES_CPE_WARBURG);
		ImpedanceSpectrum exact = SyntheticSpectra.exact(RANDLES_CPE_WARBURG, SWEEP, LITHIUM_CELL);
		Random random = new Random(7);
		int repeats = 300;
		double[][] values = new double[repeats][];
		double[] meanError = new double[LITHIUM_CELL.length];
		for (int r = 0; r < repeats; r++) {
			double[] re = exact.realOhms().clone();
			double[] im = exact.imaginaryOhms().clone();
			for (int i = 0; i < re.length; i++) {
				re[i] += 0.2 * random.nextGaussian();
				im[i] += 0.2 * random.nextGaussian();
			}
			CircuitFit fit = this.fitter.fit(circuit, new ImpedanceSpectrum(SWEEP, re, im));
			values[r] = fit.values();
			for (int k = 0; k < meanError.length; k++) {
				meanError[k] += fit.parameters().get(k).standardError() / repeats;
			}
		}
		for (int k = 0; k < meanError.length; k++) {
			int parameter = k;
			double mean = Arrays.stream(values).mapToDouble(v -> v[parameter]).average().orElseThrow();
			double sd = Math.sqrt(
					Arrays.stream(values).mapToDouble(v -> Math.pow(v[parameter] - mean, 2)).sum() / (repeats - 1));
			assertThat(meanError[k] / sd).as(circuit.parameters().get(k).name()).isBetween(0.85, 1.15);
		}
	}

	@Test
	void interphaseResistanceIsTheArcResistanceWithItsStandardError() {
		ImpedanceSpectrum spectrum = SyntheticSpectra.noisy(RANDLES_CPE_WARBURG, SWEEP, 0.005, new Random(1),
				LITHIUM_CELL);

		CircuitFit fit = this.fitter.fit(RANDLES_CPE_WARBURG, spectrum);

		assertThat(fit.interphaseResistance()).isNotNull();
		assertThat(fit.interphaseResistance().resistors()).containsExactly("R1");
		assertThat(fit.interphaseResistance().ohms()).isEqualTo(fit.value("R1"));
		assertThat(fit.interphaseResistance().standardErrorOhms()).isEqualTo(fit.parameter("R1").standardError());
	}

	@Test
	void interphaseResistanceOfTwoArcsIsTheirSum() {
		String circuit = "R0-p(R1,CPE1)-p(R2,CPE2)-W1";
		ImpedanceSpectrum spectrum = SyntheticSpectra.noisy(circuit, SWEEP, 0.002, new Random(3), 3, 20, 1e-6, 0.9,
				60, 1e-3, 0.8, 10);

		CircuitFit fit = this.fitter.fit(circuit, spectrum);

		InterphaseResistance rInt = fit.interphaseResistance();
		assertThat(rInt).isNotNull();
		assertThat(rInt.resistors()).containsExactly("R1", "R2");
		assertThat(rInt.ohms()).isCloseTo(fit.value("R1") + fit.value("R2"), within(1e-12));
		assertThat(rInt.ohms()).isCloseTo(80, within(4 * rInt.standardErrorOhms()));
		// R1 and R2 are correlated, so the error of the sum is not the root of the summed squares
		assertThat(rInt.standardErrorOhms()).isPositive();
	}

	@Test
	void noInterphaseResistanceWithoutAnArc() {
		ImpedanceSpectrum spectrum = SyntheticSpectra.exact("R0-W1", SWEEP, 5, 10);

		assertThat(this.fitter.fit("R0-W1", spectrum).interphaseResistance()).isNull();
	}

	@Test
	void initialGuessesOfAnIdealArcAreCloseToTheTruth() {
		ImpedanceSpectrum spectrum = SyntheticSpectra.exact("R0-p(R1,C1)", SWEEP, 10, 100, 1e-6);

		double[] guess = CircuitFitter.initialGuess(EquivalentCircuit.parse("R0-p(R1,C1)"), spectrum);

		// high-frequency intercept, twice the distance to the apex, and C = 1/(R·ω_apex) on the sampled apex
		assertThat(guess[0]).isCloseTo(10, within(0.5));
		assertThat(guess[1]).isCloseTo(100, within(5.0));
		assertThat(guess[2]).isCloseTo(1e-6, within(0.2e-6));
	}

	@Test
	void initialGuessOfACpeReadsAlphaFromTheArcsDepression() {
		double[] frequencies = SyntheticSpectra.frequencies(1e6, 1e-2, 120);
		ImpedanceSpectrum spectrum = SyntheticSpectra.exact("R0-p(R1,CPE1)", frequencies, 5, 50, 2e-5, 0.8);

		double[] guess = CircuitFitter.initialGuess(EquivalentCircuit.parse("R0-p(R1,CPE1)"), spectrum);

		assertThat(guess[3]).isCloseTo(0.8, within(0.03));
		assertThat(guess[1]).isCloseTo(50, within(2.5));
	}

	@Test
	void modulusWeightingFindsTheSameExactParameters() {
		ImpedanceSpectrum spectrum = SyntheticSpectra.exact(RANDLES_CPE_WARBURG, SWEEP, LITHIUM_CELL);

		CircuitFit fit = new CircuitFitter(FitWeighting.MODULUS).fit(RANDLES_CPE_WARBURG, spectrum);

		assertThat(fit.weighting()).isEqualTo(FitWeighting.MODULUS);
		EisAssertions.assertValuesWithin(fit, 1e-4, LITHIUM_CELL);
	}

	@Test
	void reportsTheFittedCurveAtTheMeasuredFrequencies() {
		ImpedanceSpectrum spectrum = SyntheticSpectra.noisy(RANDLES_CPE_WARBURG, SWEEP, 0.01, new Random(5),
				LITHIUM_CELL);

		CircuitFit fit = this.fitter.fit(RANDLES_CPE_WARBURG, spectrum);

		assertThat(fit.fitted().frequencyHertz()).isEqualTo(SWEEP);
		assertThat(fit.fitted()).isEqualTo(EquivalentCircuit.parse(RANDLES_CPE_WARBURG).simulate(SWEEP, fit.values()));
		double squared = 0;
		for (int i = 0; i < SWEEP.length; i++) {
			squared += Math.pow(fit.fitted().impedance(i).minus(spectrum.impedance(i)).abs(), 2);
		}
		assertThat(fit.rmseOhms()).isCloseTo(Math.sqrt(squared / SWEEP.length), within(1e-12));
		assertThat(fit.chiSquare()).isCloseTo(squared, within(1e-9));
		assertThat(fit.reducedChiSquare()).isCloseTo(squared / (2 * 60 - 5), within(1e-9));
		assertThat(fit.points()).isEqualTo(60);
	}

	@Test
	void refusesGuessesOutsideTheBoundsAndTooFewPoints() {
		EquivalentCircuit circuit = EquivalentCircuit.parse(RANDLES_CPE_WARBURG);
		ImpedanceSpectrum spectrum = SyntheticSpectra.exact(RANDLES_CPE_WARBURG, SWEEP, LITHIUM_CELL);

		assertThatIllegalArgumentException().isThrownBy(() -> this.fitter.fit(circuit, spectrum, new double[] { 1, 2 }))
			.withMessage("R0-p(R1,CPE1)-W1 has 5 parameters, got 2 initial values");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.fitter.fit(circuit, spectrum, new double[] { 1, 2, 3, 1.5, 4 }))
			.withMessage("initial value 1.5 of CPE1_1 is outside (0, 1]");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.fitter.fit(circuit, spectrum, new double[] { 0, 2, 3, 0.5, 4 }))
			.withMessage("initial value 0.0 of R0 is outside (0, ∞)");
		ImpedanceSpectrum twoPoints = SyntheticSpectra.exact(RANDLES_CPE_WARBURG, new double[] { 1, 10 }, LITHIUM_CELL);
		assertThatIllegalArgumentException().isThrownBy(() -> this.fitter.fit(circuit, twoPoints))
			.withMessage("a spectrum of 2 points cannot determine the 5 parameters of R0-p(R1,CPE1)-W1");
	}

	private void assertRecovers(String circuit, double... truth) {
		ImpedanceSpectrum spectrum = SyntheticSpectra.exact(circuit, SWEEP, truth);

		CircuitFit fit = this.fitter.fit(circuit, spectrum);

		assertThat(fit.converged()).as(circuit).isTrue();
		EisAssertions.assertValuesWithin(fit, 1e-4, truth);
	}

}
