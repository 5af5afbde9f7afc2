package org.lilims.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampleKindTests {

	@Test
	void findsACodeOfItsKindBetweenUnderscoresDotsAndSlashesInAnyCase() {
		assertThat(SampleKind.CELL.codeIn("run_cc-0012_cycle.001")).isEqualTo("CC-0012");
		assertThat(SampleKind.CELL.codeIn("D:\\Maccor\\CC-00123\\x.052")).isEqualTo("CC-00123");
		assertThat(SampleKind.CELL.codeIn("SET-LN3024-104, cell CC-0007")).isEqualTo("CC-0007");
		assertThat(SampleKind.COATED_FOIL.codeIn("LZLN_CT-0003.log")).isEqualTo("CT-0003");
	}

	@Test
	void ignoresCodesInsideLongerWordsOrNumbersAndOtherKinds() {
		assertThat(SampleKind.CELL.codeIn("XCC-0012.001")).isNull();
		assertThat(SampleKind.CELL.codeIn("CC-123.001")).isNull();
		assertThat(SampleKind.CELL.codeIn("CT-0003.log")).isNull();
		assertThat(SampleKind.CELL.codeIn(null)).isNull();
	}

}
