package org.lilims.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

@Entity
@Table(schema = "security", name = "user_account")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(name = "display_name", length = 200)
	private @Nullable String displayName;

	@Column(length = 320)
	private @Nullable String email;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(nullable = false)
	private boolean enabled = true;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(schema = "security", name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role", nullable = false, length = 32)
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Column(name = "failed_login_count", nullable = false)
	private int failedLoginCount;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Column(name = "last_login_at")
	private @Nullable Instant lastLoginAt;

	@Column(name = "password_changed_at", nullable = false)
	private Instant passwordChangedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected UserAccount() {
		this.username = "";
		this.passwordHash = "";
		this.passwordChangedAt = Instant.EPOCH;
		this.createdAt = Instant.EPOCH;
	}

	UserAccount(String username, String passwordHash, Set<Role> roles, Instant now) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.passwordChangedAt = now;
		this.createdAt = now;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Count a failed sign-in; from the {@code threshold}-th failure on, lock the account for a period that doubles
	 * with each further failure, up to {@code maxLock}.
	 */
	void recordFailedLogin(Instant now, int threshold, Duration firstLock, Duration maxLock) {
		this.failedLoginCount++;
		if (this.failedLoginCount >= threshold) {
			int doublings = Math.min(this.failedLoginCount - threshold, 20);
			Duration lock = firstLock.multipliedBy(1L << doublings);
			this.lockedUntil = now.plus((lock.compareTo(maxLock) > 0) ? maxLock : lock);
		}
	}

	void recordSuccessfulLogin(Instant now) {
		this.failedLoginCount = 0;
		this.lockedUntil = null;
		this.lastLoginAt = now;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.failedLoginCount = 0;
		this.lockedUntil = null;
	}

	void assignRoles(Set<Role> newRoles) {
		this.roles.clear();
		this.roles.addAll(newRoles);
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	@Nullable String getDisplayName() {
		return this.displayName;
	}

	void setDisplayName(@Nullable String displayName) {
		this.displayName = displayName;
	}

	@Nullable String getEmail() {
		return this.email;
	}

	void setEmail(@Nullable String email) {
		this.email = email;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	int getFailedLoginCount() {
		return this.failedLoginCount;
	}

	@Nullable Instant getLockedUntil() {
		return this.lockedUntil;
	}

	@Nullable Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

}
