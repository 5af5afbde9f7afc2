package org.lilims.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user name that records are attributed to: the signed-in user, or {@code system} for work no user started.
 */
public final class CurrentActor {

	public static final String SYSTEM = "system";

	private CurrentActor() {
	}

	public static String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated() && authentication.getName() != null)
				? authentication.getName() : SYSTEM;
	}

}
