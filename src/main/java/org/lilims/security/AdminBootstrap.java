package org.lilims.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * On the first start, when no account exists, creates the administrator account: with the password from
 * {@code LIMS_ADMIN_PASSWORD}, or else a generated one that is printed once to the log.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final UserAccountRepository users;

	private final UserAccountService accounts;

	private final LimsSecurityProperties properties;

	AdminBootstrap(UserAccountRepository users, UserAccountService accounts, LimsSecurityProperties properties) {
		this.users = users;
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		createAdminIfNoUserExists();
	}

	boolean createAdminIfNoUserExists() {
		if (this.users.count() > 0) {
			return false;
		}
		String configured = this.properties.adminPassword();
		boolean generated = configured == null || configured.isBlank();
		String password = generated ? generatePassword() : configured;
		try {
			this.accounts.createBootstrapAdmin(this.properties.adminUsername(), password,
					Set.of(Role.ADMIN, Role.PI, Role.LAB_MEMBER));
		}
		catch (DataIntegrityViolationException ex) {
			log.info("Another LiLIMS node created the first administrator account at the same time");
			return false;
		}
		if (generated) {
			log.warn("""

					************************************************************************
					  First start: created the administrator account.
					    user name: {}
					    password:  {}
					  This password is shown only now. Sign in and change it under Account,
					  or set LIMS_ADMIN_PASSWORD before the first start next time.
					************************************************************************""",
					this.properties.adminUsername(), password);
		}
		else {
			log.info("First start: created the administrator account '{}' with the password from LIMS_ADMIN_PASSWORD",
					this.properties.adminUsername());
		}
		return true;
	}

	private static String generatePassword() {
		byte[] secret = new byte[18];
		new SecureRandom().nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

}
