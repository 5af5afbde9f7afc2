package org.lilims.instrument;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTests {

	@Test
	void recognisesMaccorTextByItsFirstLine() {
		assertThat(detect("Today's Date 10/10/2019  Date of Test:\t10/10/2019\r\nRec#\tCyc#\r\n"))
			.isEqualTo(InstrumentFormat.MACCOR_TEXT);
		assertThat(detect("Today's Date:\t14 December 2020\tDate of Test:\t11 December 2020\n"))
			.isEqualTo(InstrumentFormat.MACCOR_TEXT);
	}

	@Test
	void recognisesMaccorTextAfterAByteOrderMarkOrAKeyValuePreamble() {
		assertThat(detect("\uFEFF\"Today's Date 10/10/2019\",x\n")).isEqualTo(InstrumentFormat.MACCOR_TEXT);
		assertThat(detect("Operator:\tJ\nChannel:\t3\n\nRec#\tCyc#\tStep\tTest (Sec)\n"))
			.isEqualTo(InstrumentFormat.MACCOR_TEXT);
	}

	@Test
	void recognisesMaccorImpedanceExports() {
		assertThat(detect("MACCOR, INC.    AC Impedance Test\r\nFrequency Sweep:   Open Circut Voltage\r\n"))
			.isEqualTo(InstrumentFormat.MACCOR_EIS);
	}

	@Test
	void recognisesBiologicTextAndBinaryFiles() {
		assertThat(detect("EC-Lab ASCII FILE\r\nNb header lines : 70\r\n")).isEqualTo(InstrumentFormat.BIOLOGIC_MPT);
		assertThat(detect("BIO-LOGIC MODULAR FILE\u001a                         \0\0\0\0MODULE"))
			.isEqualTo(InstrumentFormat.BIOLOGIC_MPR);
	}

	@Test
	void recognisesArbinResByTheJetSignature() {
		assertThat(detect("\0\u0001\0\0Standard Jet DB\0\u0001\0\0\0")).isEqualTo(InstrumentFormat.ARBIN_RES);
		assertThat(detect("Standard Jet DB")).isEqualTo(InstrumentFormat.UNKNOWN);
	}

	@Test
	void anythingElseIsUnknown() {
		assertThat(detect("")).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(detect("Sample,Mass (mg),Operator\r\nLI-0001,12.5,jdoe\r\n")).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(detect("BIO-LOGIC MODULAR FILE")).isEqualTo(InstrumentFormat.UNKNOWN);
		assertThat(FormatDetector.detect(new byte[] { 0, (byte) 0xFF, 0x13, 'P', 'K' }))
			.isEqualTo(InstrumentFormat.UNKNOWN);
	}

	private static InstrumentFormat detect(String head) {
		return FormatDetector.detect(head.getBytes(StandardCharsets.UTF_8));
	}

}
