package org.lilims.study;

import java.math.BigDecimal;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An arm of a study: the cells whose genealogy and protocol match every criterion given (a missing one matches
 * anything).
 *
 * @param name the arm's name, e.g. {@code Li_LZLN @ 1.0 mA/cm²}
 * @param group the base name the arm was crossed from (e.g. {@code Li_LZLN}), else its name
 * @param anodeCoating the anode's coating variant ({@code LN}, {@code LZLN}, ...; {@link #UNCOATED} for none)
 * @param configuration {@code SYMMETRIC} or {@code FULL_CELL}
 * @param currentDensityMaPerCm2 current density of the cell's newest cycling test (symmetric plating/stripping),
 * matched within ±1 %
 */
public record ArmDefinition(String name, String group, @Nullable String anodeCoating, @Nullable String configuration,
		@Nullable BigDecimal currentDensityMaPerCm2) {

	/** The criterion value for cells without an anode coating (roll-pressed Li, "Li_rp"). */
	public static final String UNCOATED = "NONE";

	/** Relative tolerance of the current density criterion (exact decimal, so 0.99 still matches 1.0). */
	static final BigDecimal CURRENT_DENSITY_TOLERANCE = new BigDecimal("0.01");

	/** Whether a cell with these facts belongs to the arm. */
	boolean matches(@Nullable String cellCoating, @Nullable String cellConfiguration,
			@Nullable BigDecimal cellCurrentDensity) {
		if (!matchesGenealogy(cellCoating, cellConfiguration)) {
			return false;
		}
		if (this.currentDensityMaPerCm2 != null) {
			if (cellCurrentDensity == null) {
				return false;
			}
			BigDecimal target = this.currentDensityMaPerCm2;
			return cellCurrentDensity.subtract(target).abs().compareTo(target.multiply(CURRENT_DENSITY_TOLERANCE)) <= 0;
		}
		return true;
	}

	/** Whether the cell's coating and configuration fit, whatever its protocol. */
	boolean matchesGenealogy(@Nullable String cellCoating, @Nullable String cellConfiguration) {
		if (this.anodeCoating != null) {
			String coating = (cellCoating == null || cellCoating.isBlank()) ? UNCOATED
					: cellCoating.trim().toUpperCase(Locale.ROOT);
			if (!coating.equals(this.anodeCoating.toUpperCase(Locale.ROOT))) {
				return false;
			}
		}
		return this.configuration == null || this.configuration.equalsIgnoreCase(String.valueOf(cellConfiguration));
	}

}
