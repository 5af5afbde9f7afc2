package org.lilims.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings of LiLIMS.
 *
 * @param adminUsername name of the administrator account created on first start, when no account exists
 * @param adminPassword its password (environment variable {@code LIMS_ADMIN_PASSWORD}); when blank a random one is
 * generated and printed once to the log
 * @param loginFailuresBeforeLock failed sign-ins in a row after which an account is locked for a while
 * @param firstLockDuration how long the first lock lasts; each further failure doubles it
 * @param maxLockDuration the longest a lock lasts
 * @param passwordMinLength minimum length of passwords set through the application
 */
@ConfigurationProperties("lilims.security")
record LimsSecurityProperties(@DefaultValue("admin") String adminUsername, @Nullable String adminPassword,
		@DefaultValue("5") int loginFailuresBeforeLock, @DefaultValue("30s") Duration firstLockDuration,
		@DefaultValue("15m") Duration maxLockDuration, @DefaultValue("10") int passwordMinLength) {

}
