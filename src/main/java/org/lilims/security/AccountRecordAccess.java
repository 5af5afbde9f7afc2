package org.lilims.security;

import org.lilims.shared.RecordAccess;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An account's audit trail is for administrators, auditors and the account's owner.
 */
@Component
class AccountRecordAccess implements RecordAccess {

	@Override
	public boolean handles(String entityType) {
		return "user".equals(entityType);
	}

	@Override
	public boolean canRead(String entityType, String entityId) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null) {
			return true;
		}
		return user.getName().equals(entityId) || user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> authority.equals(Role.ADMIN.authority()) || authority.equals(Role.AUDITOR.authority()));
	}

}
