package org.lilims.security;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * An account as the API and the admin pages show it: never with its password hash.
 */
record UserView(String username, @Nullable String displayName, @Nullable String email, Set<Role> roles,
		boolean enabled, boolean locked, @Nullable Instant lastLoginAt, Instant createdAt, long version) {

	static UserView of(UserAccount account, Instant now) {
		return new UserView(account.getUsername(), account.getDisplayName(), account.getEmail(),
				new TreeSet<>(account.getRoles()), account.isEnabled(), account.isLockedAt(now),
				account.getLastLoginAt(), account.getCreatedAt(), account.getVersion());
	}

	boolean has(Role role) {
		return this.roles.contains(role);
	}

}
