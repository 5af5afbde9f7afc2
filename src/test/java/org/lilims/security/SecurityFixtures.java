package org.lilims.security;

import java.util.Set;
import java.util.UUID;

/**
 * Named accounts for security tests: each call makes a fresh user, so tests sharing a database stay independent.
 */
final class SecurityFixtures {

	static final String PASSWORD = "correct-horse-battery";

	private SecurityFixtures() {
	}

	static String user(UserAccountService accounts, Role... roles) {
		String username = roles[0].name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.create(new UserAccountService.NewUser(username, PASSWORD, Set.of(roles), null, null));
		return username;
	}

}
