package org.lilims.analysis.eis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * The Lin-KK test on hand-built spectra and on real files. Expected values for the files come from impedance.py's
 * {@code validation.linKK} algorithm (linear regression with numpy's {@code pinv} and {@code inv}) run on the same
 * points by {@code src/test/resources/analysis/eis/impedance_py_reference.py}.
 */
class EisLinKkTests {

	/** impedance.py's documented call: {@code linKK(f, Z, c=.5, max_M=100, fit_type='complex', add_cap=True)}. */
	private static final LinKkOptions DOCUMENTED = new LinKkOptions(0.5, 100, LinKkFit.COMPLEX, true);

	@Test
	void timeConstantsAreLogSpacedBetweenTheInverseAngularFrequencyLimits() {
		ImpedanceSpectrum spectrum = SyntheticSpectra.exact("R0", new double[] { 1000, 10, 0.1 }, 1);

		double[] tau = LinKk.timeConstants(spectrum, 3);

		assertThat(tau).containsExactly(new double[] { 1 / (2 * Math.PI * 1000), 1 / (2 * Math.PI * 10),
				1 / (2 * Math.PI * 0.1) }, within(1e-15));
		assertThat(LinKk.timeConstants(spectrum, 1)).containsExactly(1 / (2 * Math.PI * 0.1));
	}

	@Test
	void recoversAModelSpectrumMadeOfItsOwnElementsExactly() {
		// R0 2 Ω, L 1 µH and five RC elements of 1..5 Ω on the test's own time constants
		double[] f = SyntheticSpectra.frequencies(1e5, 0.1, 40);
		ImpedanceSpectrum grid = SyntheticSpectra.exact("R0", f, 1);
		double[] tau = LinKk.timeConstants(grid, 5);
		double[] re = new double[f.length];
		double[] im = new double[f.length];
		for (int i = 0; i < f.length; i++) {
			double w = 2 * Math.PI * f[i];
			Complex z = new Complex(2, w * 1e-6);
			for (int k = 0; k < 5; k++) {
				z = z.plus(Complex.real(k + 1).dividedBy(new Complex(1, w * tau[k])));
			}
			re[i] = z.re();
			im[i] = z.im();
		}
		ImpedanceSpectrum spectrum = new ImpedanceSpectrum(f, re, im);

		for (LinKkFit fit : LinKkFit.values()) {
			LinKkResult result = LinKk.test(spectrum, LinKkOptions.DEFAULTS.withFit(fit).withRcElements(5));

			assertThat(result.rcElements()).isEqualTo(5);
			assertThat(result.mu()).as("no negative resistance").isEqualTo(1);
			assertThat(result.ohmicResistanceOhms()).isCloseTo(2, within(1e-9));
			assertThat(result.inductanceHenry()).isCloseTo(1e-6, within(1e-14));
			assertThat(result.maxAbsResidual()).isLessThan(1e-10);
			assertThat(result.isValid(0.001)).isTrue();
		}
	}

	@Test
	void acceptsASpectrumOfACircuitAndRejectsItWhenItDrifts() {
		String circuit = "R0-p(R1,CPE1)-W1";
		double[] f = SyntheticSpectra.frequencies(1e5, 1e-2, 60);
		ImpedanceSpectrum spectrum = SyntheticSpectra.exact(circuit, f, 3, 40, 2e-5, 0.85, 10);
		// the cell drifts during the slow low-frequency points: its resistance grows by up to 30 %
		double[] re = spectrum.realOhms().clone();
		for (int i = 30; i < f.length; i++) {
			re[i] *= 1 + 0.3 * (i - 30) / 29.0;
		}
		ImpedanceSpectrum drifting = new ImpedanceSpectrum(f, re, spectrum.imaginaryOhms());

		LinKkResult valid = LinKk.test(spectrum, DOCUMENTED);
		LinKkResult invalid = LinKk.test(drifting, DOCUMENTED);

		assertThat(valid.maxAbsResidual()).isLessThan(0.002);
		assertThat(invalid.maxAbsResidual()).isGreaterThan(0.02);
		assertThat(invalid.isValid(0.01)).isFalse();
	}

	@Test
	void exampleDataWithImpedancePysDefaults() {
		ImpedanceSpectrum spectrum = EisSpectra.first(EisSpectra.resource("eis_csv", "exampleData.csv"))
			.capacitiveOnly();

		// real-part fit without a series capacitor cannot follow the diffusion tail: 23 % at the lowest frequency
		assertLinKk(LinKk.test(spectrum), 21, 0.8338636419, 1.5035925055e-02, 1.5668115853e-07, 2.280215e-01);
		assertLinKk(LinKk.test(spectrum, LinKkOptions.DEFAULTS.withFit(LinKkFit.COMPLEX)), 13, 0.8055965989,
				1.4963133019e-02, 1.5897520868e-07, 9.782669e-02);
		// as impedance.py's documentation runs it: valid within 0.36 %
		LinKkResult documented = LinKk.test(spectrum, DOCUMENTED);
		assertLinKk(documented, 27, 0.3197978725, 1.5074033365e-02, 1.5340498741e-07, 3.559743e-03);
		assertThat(documented.residualsReal()[0]).isCloseTo(0.0016593, within(1e-7));
		assertThat(documented.residualsImaginary()[0]).isCloseTo(0.00121356, within(1e-8));
		assertThat(documented.isValid(0.01)).isTrue();
	}

	@Test
	void bioLogicExampleFailsOnItsNoisyHighFrequencies() {
		ImpedanceSpectrum spectrum = EisSpectra.first(EisSpectra.resource("biologic", "exampleDataBioLogic.mpt"));

		assertLinKk(LinKk.test(spectrum), 5, 0.7386606761, 6.6546170868e+01, -4.3892875475e-04, 9.054674e-02);
		assertLinKk(LinKk.test(spectrum, DOCUMENTED), 14, 0.4809317288, 6.7003513260e+01, -4.7883760184e-04,
				7.257299e-02);
	}

	@Test
	void computedTwoArcSpectrumOfPyimpspecPasses() {
		ImpedanceSpectrum spectrum = EisSpectra.first(EisSpectra.fixture("biologic/pyimpspec/data.mpt"));

		assertLinKk(LinKk.test(spectrum), 22, 0.8472017532, 1.0424925977e+02, -7.3607947657e-06, 1.526766e-02);
		assertLinKk(LinKk.test(spectrum, DOCUMENTED), 23, 0.4612077854, 1.0386278008e+02, -5.2016280231e-06,
				1.519143e-04);
	}

	private static void assertLinKk(LinKkResult result, int rcElements, double mu, double ohmic, double inductance,
			double maxResidual) {
		assertThat(result.rcElements()).isEqualTo(rcElements);
		assertThat(result.mu()).isCloseTo(mu, within(1e-4));
		assertThat(result.ohmicResistanceOhms()).isCloseTo(ohmic, withinPercentage(1e-3));
		assertThat(result.inductanceHenry()).isCloseTo(inductance, withinPercentage(1e-2));
		// high M makes the regression ill-conditioned: numpy and Hipparchus differ by ~1e-7 of |Z|
		assertThat(result.maxAbsResidual()).isCloseTo(maxResidual, within(Math.max(1e-6, 1e-4 * maxResidual)));
	}

}
