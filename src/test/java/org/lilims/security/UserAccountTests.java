package org.lilims.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountTests {

	private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

	private final UserAccount account = new UserAccount("jdoe", "{noop}x", Set.of(Role.LAB_MEMBER), NOW);

	@Test
	void staysUnlockedBelowThreshold() {
		for (int i = 0; i < 4; i++) {
			this.account.recordFailedLogin(NOW, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		}
		assertThat(this.account.isLockedAt(NOW)).isFalse();
	}

	@Test
	void locksAtThresholdAndDoublesWithEachFurtherFailureUpToMaximum() {
		for (int i = 0; i < 5; i++) {
			this.account.recordFailedLogin(NOW, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		}
		assertThat(this.account.getLockedUntil()).isEqualTo(NOW.plusSeconds(30));
		this.account.recordFailedLogin(NOW, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		assertThat(this.account.getLockedUntil()).isEqualTo(NOW.plusSeconds(60));
		for (int i = 0; i < 30; i++) {
			this.account.recordFailedLogin(NOW, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		}
		assertThat(this.account.getLockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
		assertThat(this.account.isLockedAt(NOW.plus(Duration.ofMinutes(16)))).isFalse();
	}

	@Test
	void successfulLoginClearsFailures() {
		for (int i = 0; i < 5; i++) {
			this.account.recordFailedLogin(NOW, 5, Duration.ofSeconds(30), Duration.ofMinutes(15));
		}
		this.account.recordSuccessfulLogin(NOW.plusSeconds(31));
		assertThat(this.account.getFailedLoginCount()).isZero();
		assertThat(this.account.isLockedAt(NOW.plusSeconds(31))).isFalse();
	}

}
