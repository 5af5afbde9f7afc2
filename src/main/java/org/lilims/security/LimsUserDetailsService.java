package org.lilims.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class LimsUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	LimsUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(UserAccountService.normalise(username))
			.map(this::toUserDetails)
			.orElseThrow(() -> new UsernameNotFoundException("No user named " + username));
	}

	UserDetails toUserDetails(UserAccount account) {
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
			.accountLocked(account.isLockedAt(this.clock.instant()))
			.authorities(account.getRoles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}

}
