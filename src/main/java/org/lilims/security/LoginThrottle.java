package org.lilims.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after a number of failed sign-ins in a row (browser or HTTP Basic) the account is
 * locked for a while, and each further failure doubles the lock. The state lives in the database, so it holds across
 * several application nodes.
 */
@Component
class LoginThrottle {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	private final UserAccountRepository users;

	private final LimsSecurityProperties properties;

	private final Clock clock;

	LoginThrottle(UserAccountRepository users, LimsSecurityProperties properties, Clock clock) {
		this.users = users;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String username = UserAccountService.normalise(event.getAuthentication().getName());
		this.users.findByUsername(username).ifPresent(account -> {
			account.recordFailedLogin(this.clock.instant(), this.properties.loginFailuresBeforeLock(),
					this.properties.firstLockDuration(), this.properties.maxLockDuration());
			if (account.getLockedUntil() != null) {
				log.warn("Account {} locked until {} after {} failed sign-ins", username, account.getLockedUntil(),
						account.getFailedLoginCount());
			}
		});
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		this.users.findByUsername(UserAccountService.normalise(event.getAuthentication().getName()))
			.filter(account -> account.getFailedLoginCount() > 0 || account.getLastLoginAt() == null
					|| account.getLastLoginAt().isBefore(this.clock.instant().minusSeconds(60)))
			.ifPresent(account -> account.recordSuccessfulLogin(this.clock.instant()));
	}

}
