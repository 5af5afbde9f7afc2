package org.lilims.study;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which cells an arm takes, and which arm another is compared with.
 */
class ArmDefinitionTests {

	private static final BigDecimal ONE = BigDecimal.ONE;

	@Test
	void matchesCoatingConfigurationAndCurrentDensityWithinOnePercent() {
		ArmDefinition lzln = new ArmDefinition("Li_LZLN", "Li_LZLN", "LZLN", "SYMMETRIC", ONE);
		assertThat(lzln.matches("lzln", "SYMMETRIC", new BigDecimal("1.009"))).isTrue();
		assertThat(lzln.matches("LZLN", "SYMMETRIC", new BigDecimal("0.99"))).isTrue();
		assertThat(lzln.matches("LZLN", "SYMMETRIC", new BigDecimal("1.02"))).isFalse();
		assertThat(lzln.matches("LN", "SYMMETRIC", ONE)).isFalse();
		assertThat(lzln.matches("LZLN", "FULL_CELL", ONE)).isFalse();
		assertThat(lzln.matches("LZLN", "SYMMETRIC", null)).isFalse();

		ArmDefinition uncoated = new ArmDefinition("Li_rp", "Li_rp", ArmDefinition.UNCOATED, null, null);
		assertThat(uncoated.matches(null, "FULL_CELL", null)).isTrue();
		assertThat(uncoated.matches(" ", "SYMMETRIC", ONE)).isTrue();
		assertThat(uncoated.matches("LN", "SYMMETRIC", ONE)).isFalse();
		assertThat(new ArmDefinition("all", "all", null, null, null).matches("LN", null, null)).isTrue();
	}

	@Test
	void crossedArmsAreComparedWithTheReferenceGroupAtTheSameCurrentDensity() {
		BigDecimal half = new BigDecimal("0.5");
		ArmDefinition rpHalf = new ArmDefinition("Li_rp @ 0.5 mA/cm²", "Li_rp", "NONE", null, half);
		ArmDefinition rpOne = new ArmDefinition("Li_rp @ 1 mA/cm²", "Li_rp", "NONE", null, ONE);
		ArmDefinition lzlnHalf = new ArmDefinition("Li_LZLN @ 0.5 mA/cm²", "Li_LZLN", "LZLN", null, half);
		ArmDefinition lzlnOne = new ArmDefinition("Li_LZLN @ 1 mA/cm²", "Li_LZLN", "LZLN", null, new BigDecimal("1.0"));
		List<ArmDefinition> arms = List.of(rpHalf, rpOne, lzlnHalf, lzlnOne);
		assertThat(StudyComparison.comparedWith(lzlnHalf, arms, "Li_rp")).isEqualTo(rpHalf);
		assertThat(StudyComparison.comparedWith(lzlnOne, arms, "Li_rp")).isEqualTo(rpOne);
		assertThat(StudyComparison.comparedWith(rpOne, arms, "Li_rp")).isNull();
		// a single named reference arm serves every other arm
		assertThat(StudyComparison.comparedWith(lzlnOne, arms, "Li_rp @ 0.5 mA/cm²")).isEqualTo(rpHalf);
	}

}
