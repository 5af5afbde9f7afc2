package org.lilims.study;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What was typed into the create form, kept for showing it again when the study was refused.
 *
 * @param name study name
 * @param description free text
 * @param project project code
 * @param referenceArm reference arm
 * @param metrics ticked metrics
 * @param armNames arm names, one per row
 * @param armCoatings arm coating criteria, one per row
 * @param armConfigurations arm configuration criteria, one per row
 * @param armCurrentDensities arm current densities as typed, one per row
 * @param crossWith current densities to cross with, as typed
 */
public record StudyForm(@Nullable String name, @Nullable String description, @Nullable String project,
		@Nullable String referenceArm, List<String> metrics, List<String> armNames, List<String> armCoatings,
		List<String> armConfigurations, List<String> armCurrentDensities, @Nullable String crossWith) {

	public String nameAt(int row) {
		return at(this.armNames, row);
	}

	public String coatingAt(int row) {
		return at(this.armCoatings, row);
	}

	public String configurationAt(int row) {
		return at(this.armConfigurations, row);
	}

	public String densityAt(int row) {
		return at(this.armCurrentDensities, row);
	}

	private static String at(List<String> values, int row) {
		return (row < values.size() && values.get(row) != null) ? values.get(row) : "";
	}

}
