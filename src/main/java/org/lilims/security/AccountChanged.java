package org.lilims.security;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;

/**
 * An account was created or changed (roles, state, profile, password reset), or one of its API tokens was issued or
 * revoked; never carries a password, a token or a hash.
 */
record AccountChanged(String username, String action, @Nullable Map<String, Object> before,
		@Nullable Map<String, Object> after, @Nullable String reason) implements AuditableEvent {

	static Map<String, Object> snapshot(UserAccount account) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("roles", account.getRoles().stream().map(Enum::name).sorted().toList());
		values.put("enabled", account.isEnabled());
		if (account.getDisplayName() != null) {
			values.put("displayName", account.getDisplayName());
		}
		if (account.getEmail() != null) {
			values.put("email", account.getEmail());
		}
		return values;
	}

	@Override
	public String entityType() {
		return "user";
	}

	@Override
	public String entityId() {
		return this.username;
	}

}
