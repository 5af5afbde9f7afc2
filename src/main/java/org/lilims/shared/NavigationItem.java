package org.lilims.shared;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by a module as a bean.
 *
 * @param label text shown in the navigation bar
 * @param path absolute path inside the application, e.g. {@code /samples}
 * @param order position from left to right (lower first)
 * @param roles roles (without {@code ROLE_} prefix) of which the user needs one; empty for every signed-in user
 * @param description one sentence for the home page card
 */
public record NavigationItem(String label, String path, int order, Set<String> roles, String description) {

	public NavigationItem {
		if (!path.startsWith("/")) {
			throw new IllegalArgumentException("Navigation path must be absolute: " + path);
		}
		roles = Set.copyOf(roles);
	}

	public static NavigationItem forEveryone(String label, String path, int order) {
		return new NavigationItem(label, path, order, Set.of(), "");
	}

	public static NavigationItem forRoles(String label, String path, int order, String... roles) {
		return new NavigationItem(label, path, order, Set.of(roles), "");
	}

	public NavigationItem describedAs(String text) {
		return new NavigationItem(this.label, this.path, this.order, this.roles, text);
	}

}
