package org.lilims.instrument;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class MaccorEisParserTests {

	@Test
	void readsTheImpedanceExportIntoOneSpectrumWithSignedImaginaryParts() {
		Parsed parsed = Parsed.resource("maccor_test_file_4267-66-6519.EDA0001.041");

		assertThat(parsed.format).isEqualTo(InstrumentFormat.MACCOR_EIS);
		assertThat(parsed.rows).isEmpty();
		assertThat(parsed.points).hasSize(60);
		ImpedancePoint first = parsed.points.get(0);
		assertThat(first.frequencyHertz()).isEqualTo(999999.0);
		assertThat(first.realOhms()).isEqualTo(0.773446);
		assertThat(first.imaginaryOhms()).isEqualTo(-0.849201);
		assertThat(first.phaseDegrees()).isEqualTo(-47.672950);
		assertThat(first.magnitudeOhms()).isCloseTo(Math.hypot(0.773446, -0.849201), within(1e-5));
		assertThat(first.testTimeSeconds()).isEqualTo(38.2);
		assertThat(parsed.points.get(59).frequencyHertz()).isEqualTo(1.25892);
		assertThat(parsed.points).allSatisfy(point -> assertThat(point.spectrum()).isEqualTo(1));
		FileMetadata metadata = parsed.metadata();
		assertThat(metadata.channel()).isEqualTo(41);
		assertThat(metadata.startTime()).isEqualTo(LocalDateTime.of(2016, 11, 2, 15, 58));
		assertThat(metadata.procedure()).isEqualTo("EIS 1.000");
		assertThat(metadata.signConvention()).contains("signed Im(Z)");
	}

	@Test
	void countsANewSpectrumWhenTheFrequencyRisesAgain() {
		String header = "MACCOR, INC.    AC Impedance Test\r\nline\r\n\r\nFreq(Hz)\tPolar(V)\ttime(sec)\tZ'(a)\tZ''(b)\r\n";
		Parsed parsed = Parsed.text(header + "1000\t6283\t1\t1.0\t-0.5\r\n10\t62.8\t2\t2.0\t-1.0\r\n"
				+ "1000\t6283\t3\t1.1\t-0.6\r\n", "eis.txt");

		assertThat(parsed.points).extracting(ImpedancePoint::spectrum).containsExactly(1, 1, 2);
		assertThat(parsed.points.get(0).magnitudeOhms()).isEqualTo(Math.hypot(1.0, -0.5));
	}

	@Test
	void aMissingImpedanceColumnIsAnError() {
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> Parsed.text("MACCOR, INC.    AC Impedance Test\nFreq(Hz)\tZ'(a)\n1\t2\n", "x"))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(2))
			.withMessageContaining("Z''(b)");
	}

}
