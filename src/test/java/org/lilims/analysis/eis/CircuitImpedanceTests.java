package org.lilims.analysis.eis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Impedances against values worked out by hand (ω in rad/s).
 */
class CircuitImpedanceTests {

	private static final double EPS = 1e-9;

	@Test
	void resistorIsRealAndFrequencyIndependent() {
		assertImpedance("R1", 100, new double[] { 10 }, 10, 0);
		assertImpedance("R1", 1e6, new double[] { 10 }, 10, 0);
	}

	@Test
	void capacitorIsMinusJOverOmegaC() {
		// 1/(j·100·1e-3) = -10j
		assertImpedance("C1", 100, new double[] { 1e-3 }, 0, -10);
	}

	@Test
	void inductorIsJOmegaL() {
		// j·1000·1e-3 = 1j
		assertImpedance("L1", 1000, new double[] { 1e-3 }, 0, 1);
	}

	@Test
	void constantPhaseElementHasPhaseMinusAlphaTimesNinetyDegrees() {
		// (j·100)^0.5 = 10·e^(j45°) = 7.0711(1 + j), so Z = 1/(1e-3·7.0711(1 + j)) = 70.711(1 - j)
		assertImpedance("CPE1", 100, new double[] { 1e-3, 0.5 }, 70.71067811865476, -70.71067811865476);
		// α = 1 is a capacitor
		assertImpedance("CPE1", 100, new double[] { 1e-3, 1 }, 0, -10);
		// α = 0 is a resistor 1/Q
		assertImpedance("CPE1", 100, new double[] { 1e-3, 0 }, 1000, 0);
	}

	@Test
	void warburgIsSigmaOneMinusJOverRootOmega() {
		// 2(1 - j)/√4 = 1 - j
		assertImpedance("W1", 4, new double[] { 2 }, 1, -1);
	}

	@Test
	void finiteWarburgElementsAtOmegaTauTwo() {
		// ωτ = 2: √(2j) = 1 + j, tanh(1 + j) = (sinh 2 + j sin 2)/(cosh 2 + cos 2) = 1.0839233 + 0.2717526j
		// Ws: tanh(s)/s = 0.6778380 - 0.4060854j; Wo: 1/(s·tanh(s)) = 0.3251963 - 0.5428179j
		assertImpedance("Ws1", 2, new double[] { 1, 1 }, 0.6778379563291032, -0.4060853710095914);
		assertImpedance("Wo1", 2, new double[] { 1, 1 }, 0.3251962905207611, -0.5428178523751638);
		// R scales them
		assertImpedance("Wo1", 0.2, new double[] { 3, 10 }, 3 * 0.3251962905207611, -3 * 0.5428178523751638);
	}

	@Test
	void finiteWarburgElementsReachTheirLimits() {
		EquivalentCircuit ws = EquivalentCircuit.parse("Ws1");
		EquivalentCircuit wo = EquivalentCircuit.parse("Wo1");
		// low frequency: Ws tends to R, Wo to R/3 + R/(jωτ)
		assertThat(ws.impedance(1e-9, 5, 1).re()).isCloseTo(5, within(1e-6));
		assertThat(wo.impedance(1e-6, 5, 1).re()).isCloseTo(5.0 / 3, within(1e-5));
		assertThat(wo.impedance(1e-6, 5, 1).im()).isCloseTo(-5 / 1e-6, within(1.0));
		// high frequency: both are a Warburg element R/√(jωτ), no overflow
		Complex semiInfinite = new Complex(1, -1).times(5 / Math.sqrt(2 * 1e8));
		assertThat(ws.impedance(1e8, 5, 1).minus(semiInfinite).abs()).isLessThan(1e-12);
		assertThat(wo.impedance(1e8, 5, 1).minus(semiInfinite).abs()).isLessThan(1e-12);
	}

	@Test
	void seriesAddsAndParallelAddsAdmittances() {
		// R0 + p(R1, C1) at ω = 1/(R1·C1): 10 + 100/(1 + j) = 60 - 50j
		assertImpedance("R0-p(R1,C1)", 100, new double[] { 10, 100, 1e-4 }, 60, -50);
		// two equal resistors in parallel, and three
		assertImpedance("p(R1,R2)", 1, new double[] { 10, 10 }, 5, 0);
		assertImpedance("p(R1,R2,R3)", 1, new double[] { 30, 30, 30 }, 10, 0);
		// series chain: R + C + L at ω = 1000: 5 - 1j + 2j
		assertImpedance("R1-C1-L1", 1000, new double[] { 5, 1e-3, 2e-3 }, 5, 1);
	}

	@Test
	void arcApexOfAnRCpeElementIsWhereOmegaIsOneOverRQToTheOneOverAlpha() {
		double r = 50;
		double q = 2e-5;
		double alpha = 0.8;
		double apex = Math.pow(r * q, -1 / alpha);
		Complex z = EquivalentCircuit.parse("p(R1,CPE1)").impedance(apex, r, q, alpha);
		// the top of a depressed semicircle: Re = R/2, -Im = (R/2)·tan(απ/4)
		assertThat(z.re()).isCloseTo(25, within(1e-9));
		assertThat(-z.im()).isCloseTo(25 * Math.tan(alpha * Math.PI / 4), within(1e-9));
	}

	@Test
	void predictsImpedancePysRandlesFitAtTenHertz() {
		// impedance.py test_Randles: predict([10.0]) of the fitted Randles circuit is 0.02495749 - 0.00614842j
		Complex z = EquivalentCircuit.parse("R0-p(R1,C1)-Wo1")
			.impedance(2 * Math.PI * 10, 1.86146620e-02, 1.15477171e-02, 1.33331949e+00, 6.31473571e-02,
					2.22407275e+02);
		assertThat(z.re()).isCloseTo(0.02495749, within(1e-8));
		assertThat(z.im()).isCloseTo(-0.00614842, within(1e-8));
	}

	@Test
	void analyticDerivativesEqualFiniteDifferences() {
		EquivalentCircuit circuit = EquivalentCircuit.parse("L0-R0-p(R1,CPE1)-p(R2-Wo1,C2)-Ws1-W1");
		double[] p = { 2e-7, 5, 40, 3e-5, 0.85, 20, 12, 30, 1e-3, 8, 4, 6 };
		for (double omega : new double[] { 1e-2, 0.7, 13, 400, 2e4, 1e6 }) {
			Complex[] dz = new Complex[p.length];
			Complex z = circuit.root().impedance(omega, p, dz);
			assertThat(z).isEqualTo(circuit.impedance(omega, p));
			for (int k = 0; k < p.length; k++) {
				double h = 1e-6 * p[k];
				double[] up = p.clone();
				double[] down = p.clone();
				up[k] += h;
				down[k] -= h;
				Complex numeric = circuit.impedance(omega, up).minus(circuit.impedance(omega, down)).times(1 / (2 * h));
				// central differences lose about ε·|Z|/h to rounding
				assertThat(dz[k].minus(numeric).abs())
					.as("∂Z/∂%s at ω = %s", circuit.parameters().get(k).name(), omega)
					.isLessThan(1e-6 * numeric.abs() + 1e-8 * z.abs() / p[k]);
			}
		}
	}

	@Test
	void simulatesASpectrumAtFrequenciesInHertz() {
		double[] frequencies = { 1 / (2 * Math.PI), 10 / (2 * Math.PI) };
		ImpedanceSpectrum spectrum = EquivalentCircuit.parse("C1").simulate(frequencies, 0.1);
		assertThat(spectrum.imaginaryOhms()).containsExactly(new double[] { -10, -1 }, within(1e-12));
		assertThat(spectrum.realOhms()).containsExactly(0, 0);
	}

	@Test
	void refusesAWrongNumberOfParameters() {
		EquivalentCircuit circuit = EquivalentCircuit.parse("R0-p(R1,CPE1)");
		assertThatIllegalArgumentException().isThrownBy(() -> circuit.impedance(1, 1, 2, 3))
			.withMessage("R0-p(R1,CPE1) has 4 parameters [R0, R1, CPE1_0, CPE1_1], got 3 values");
	}

	private static void assertImpedance(String circuit, double omega, double[] parameters, double re, double im) {
		Complex z = EquivalentCircuit.parse(circuit).impedance(omega, parameters);
		assertThat(z.re()).as("Re Z of %s", circuit).isCloseTo(re, within(EPS * Math.max(1, Math.abs(re))));
		assertThat(z.im()).as("Im Z of %s", circuit).isCloseTo(im, within(EPS * Math.max(1, Math.abs(im))));
	}

}
