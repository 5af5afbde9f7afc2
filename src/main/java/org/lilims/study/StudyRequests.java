package org.lilims.study;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What clients send to create studies and exclude cells; checked by {@link StudyService}.
 */
public final class StudyRequests {

	private StudyRequests() {
	}

	/**
	 * A new study.
	 *
	 * @param name its name
	 * @param description free text
	 * @param project the project whose cells it compares (default: as for other new records)
	 * @param metrics the metric names to compare (the headline metrics, scope {@code cell}, of {@code GET /api/v1/analysis/metrics})
	 * @param referenceArm the arm the others are compared with: an arm's name or, with
	 * {@code crossWithCurrentDensities}, the name of the arm before crossing (compared at the same current density)
	 * @param arms the arms
	 * @param crossWithCurrentDensities when given, each arm becomes one arm per current density (mA/cm²)
	 */
	public record NewStudy(@Nullable String name, @Nullable String description, @Nullable String project,
			@Nullable List<String> metrics, @Nullable String referenceArm, @Nullable List<NewArm> arms,
			@Nullable List<BigDecimal> crossWithCurrentDensities) {
	}

	/**
	 * An arm of a new study; criteria left out match every cell.
	 *
	 * @param name its name, e.g. {@code Li_LZLN}
	 * @param anodeCoating coating variant of the anode, {@code NONE} for uncoated
	 * @param configuration {@code SYMMETRIC} or {@code FULL_CELL}
	 * @param currentDensityMaPerCm2 current density in mA/cm²
	 */
	public record NewArm(@Nullable String name, @Nullable String anodeCoating, @Nullable String configuration,
			@Nullable BigDecimal currentDensityMaPerCm2) {
	}

	/**
	 * Leave a cell out of a study's statistics.
	 *
	 * @param cellCode the cell
	 * @param reason why, e.g. {@code assembly defect}
	 */
	public record NewExclusion(@Nullable String cellCode, @Nullable String reason) {
	}

}
