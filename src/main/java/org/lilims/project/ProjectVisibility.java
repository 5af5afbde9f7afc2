package org.lilims.project;

import java.util.Set;

/**
 * The projects a user may read or write.
 *
 * @param all every project (administrators, auditors for reading, work no user started)
 * @param projectCodes the projects, when not all
 */
public record ProjectVisibility(boolean all, Set<String> projectCodes) {

	public ProjectVisibility {
		projectCodes = Set.copyOf(projectCodes);
	}

	public static ProjectVisibility everything() {
		return new ProjectVisibility(true, Set.of());
	}

	public boolean includes(String projectCode) {
		return this.all || this.projectCodes.contains(projectCode);
	}

}
