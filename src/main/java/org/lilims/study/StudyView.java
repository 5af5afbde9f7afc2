package org.lilims.study;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A study as API clients see it.
 *
 * @param id its id
 * @param name its name
 * @param description free text
 * @param project code of its project, whose cells it compares
 * @param metrics the metric names compared
 * @param referenceArm the arm (or base name of crossed arms) the others are compared with
 * @param arms its arms
 * @param exclusions cells left out, with why
 * @param createdBy who created it
 * @param createdAt when
 */
public record StudyView(long id, String name, @Nullable String description, String project, List<String> metrics,
		String referenceArm, List<ArmDefinition> arms, List<Exclusion> exclusions, String createdBy,
		Instant createdAt) {

	/**
	 * A cell left out of a study.
	 *
	 * @param cellCode the cell
	 * @param reason why
	 * @param excludedBy who left it out
	 * @param excludedAt when
	 */
	public record Exclusion(String cellCode, String reason, String excludedBy, Instant excludedAt) {
	}

}
