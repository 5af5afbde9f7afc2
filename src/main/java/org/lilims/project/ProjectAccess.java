package org.lilims.project;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Answers, for the signed-in user, which projects they may read and write: lab members their projects and the open
 * ones (the default project), PIs also every project of the groups they lead, administrators everything, auditors
 * read everything and write nothing. Work that no user started (start-up, background jobs) may do everything.
 */
@Service
public class ProjectAccess {

	public static final String DEFAULT_PROJECT = "GENERAL";

	private final JdbcClient jdbc;

	ProjectAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ProjectVisibility readable() {
		Authentication user = currentUser();
		// instrument accounts reach only the gateway, which must find the cell of a file in any project
		if (user == null || has(user, "ROLE_ADMIN") || has(user, "ROLE_AUDITOR") || has(user, "ROLE_INSTRUMENT")) {
			return ProjectVisibility.everything();
		}
		return new ProjectVisibility(false, projectsOf(user.getName()));
	}

	public ProjectVisibility writable() {
		Authentication user = currentUser();
		if (user == null || has(user, "ROLE_ADMIN")) {
			return ProjectVisibility.everything();
		}
		if (!has(user, "ROLE_LAB_MEMBER") && !has(user, "ROLE_PI")) {
			return new ProjectVisibility(false, Set.of());
		}
		return new ProjectVisibility(false, projectsOf(user.getName()));
	}

	/**
	 * The project a new record goes to: the one asked for (which the user must be allowed to write), else the
	 * fallback (e.g. the project of the step's inputs), else the user's only research project, else the default
	 * project.
	 * @param field request field to blame
	 */
	public String projectForNewRecord(@Nullable String requested, @Nullable String fallback, String field) {
		ProjectVisibility writable = writable();
		if (requested != null && !requested.isBlank()) {
			String code = requested.trim().toUpperCase(java.util.Locale.ROOT);
			if (!exists(code)) {
				throw new InvalidInputException(field, "no project with code " + code);
			}
			if (!writable.includes(code)) {
				throw new InvalidInputException(field, "you are not a member of project " + code);
			}
			return code;
		}
		if (fallback != null && writable.includes(fallback)) {
			return fallback;
		}
		Set<String> ownProjects = new HashSet<>(writable.projectCodes());
		ownProjects.remove(DEFAULT_PROJECT);
		if (ownProjects.size() == 1) {
			return ownProjects.iterator().next();
		}
		if (writable.includes(DEFAULT_PROJECT)) {
			return DEFAULT_PROJECT;
		}
		throw new InvalidInputException(field, writable.projectCodes().isEmpty()
				? "you are not a member of any project; ask a PI or administrator to add you"
				: "is required: one of " + String.join(", ", writable.projectCodes().stream().sorted().toList()));
	}

	public boolean exists(String projectCode) {
		return this.jdbc.sql("select count(*) from project.project where code = :code")
			.param("code", projectCode)
			.query(Long.class)
			.single() > 0;
	}

	private Set<String> projectsOf(String username) {
		List<String> codes = this.jdbc.sql("""
				select p.code from project.project p
				join project.project_member m on m.project_id = p.id
				where m.username = :username
				union
				select p.code from project.project p
				join project.group_member g on g.group_id = p.group_id
				where g.username = :username and g.role = 'PI'
				union
				select p.code from project.project p where p.open_to_lab""").param("username", username).query(String.class).list();
		return new HashSet<>(codes);
	}

	private static @Nullable Authentication currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) ? authentication : null;
	}

	private static boolean has(Authentication user, String authority) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authority::equals);
	}

}
