package org.lilims.analysis.eis;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lilims.instrument.ImpedancePoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ImpedanceSpectrumTests {

	@Test
	void groupsAFilesPointsBySpectrumInOrder() {
		List<ImpedancePoint> points = List.of(point(2, 100, 5, -1), point(2, 10, 6, -2), point(1, 100, 7, -3),
				point(1, 10, 8, 0.5));

		Map<Integer, ImpedanceSpectrum> spectra = ImpedanceSpectrum.bySpectrum(points);

		assertThat(spectra).containsOnlyKeys(2, 1);
		assertThat(spectra.keySet()).containsExactly(2, 1);
		assertThat(spectra.get(1).frequencyHertz()).containsExactly(100, 10);
		assertThat(spectra.get(1).realOhms()).containsExactly(7, 8);
		assertThat(spectra.get(1).imaginaryOhms()).containsExactly(-3, 0.5);
	}

	@Test
	void keepsCapacitivePointsOrAFrequencyWindow() {
		ImpedanceSpectrum spectrum = new ImpedanceSpectrum(new double[] { 1e6, 1e3, 1, 0.01 },
				new double[] { 1, 2, 3, 4 }, new double[] { 0.5, -1, 0, -3 });

		assertThat(spectrum.capacitiveOnly().frequencyHertz()).containsExactly(1e3, 0.01);
		assertThat(spectrum.between(0.5, 1e3).realOhms()).containsExactly(2, 3);
		assertThat(spectrum.impedance(3)).isEqualTo(new Complex(4, -3));
	}

	@Test
	void readsTheImpedanceCsvOfImpedancePy() {
		ImpedanceSpectrum spectrum = EisSpectra.first(EisSpectra.resource("eis_csv", "exampleData.csv"));

		assertThat(spectrum.size()).isEqualTo(66);
		assertThat(spectrum.capacitiveOnly().size()).isEqualTo(57);
		assertThat(spectrum.impedance(0)).isEqualTo(new Complex(0.0494998977640506, -0.020438698544418925));
	}

	@Test
	void refusesMismatchedArraysAndFrequenciesThatAreNotPositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImpedanceSpectrum(new double[] { 1, 2 }, new double[] { 1 }, new double[] { 1, 2 }))
			.withMessage("frequency, real and imaginary arrays differ in length: 2, 1, 2");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ImpedanceSpectrum(new double[] { 0 }, new double[] { 1 }, new double[] { 1 }))
			.withMessage("frequency 0.0 Hz at point 1 is not a finite positive number");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> new ImpedanceSpectrum(new double[] { 1 }, new double[] { Double.NaN }, new double[] { 1 }))
			.withMessage("impedance at point 1 is not finite");
	}

	private static ImpedancePoint point(int spectrum, double f, double re, double im) {
		return new ImpedancePoint(spectrum, f, re, im, Math.hypot(re, im), Math.toDegrees(Math.atan2(im, re)),
				Double.NaN);
	}

}
