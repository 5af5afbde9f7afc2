package org.lilims.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token. Only its SHA-256 is stored: the token itself is shown once, when it is created.
 */
@Entity
@Table(schema = "security", name = "api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id", nullable = false)
	private UserAccount owner;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true, length = 64)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false, length = 16)
	private String tokenPrefix;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at")
	private @Nullable Instant expiresAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	protected ApiToken() {
		this.owner = new UserAccount();
		this.name = "";
		this.tokenHash = "";
		this.tokenPrefix = "";
		this.createdAt = Instant.EPOCH;
	}

	ApiToken(UserAccount owner, String name, String tokenHash, String tokenPrefix, Instant createdAt,
			@Nullable Instant expiresAt) {
		this.owner = owner;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isUsableAt(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || this.expiresAt.isAfter(now));
	}

	/** Revokes the token unless it already is; says whether it did. */
	boolean revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
			return true;
		}
		return false;
	}

	/** Records use at most once a minute, so that API traffic does not turn into a write per request. */
	boolean markUsed(Instant now) {
		if (this.lastUsedAt == null || this.lastUsedAt.isBefore(now.minusSeconds(60))) {
			this.lastUsedAt = now;
			return true;
		}
		return false;
	}

	@Nullable Long getId() {
		return this.id;
	}

	UserAccount getOwner() {
		return this.owner;
	}

	String getName() {
		return this.name;
	}

	String getTokenPrefix() {
		return this.tokenPrefix;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	@Nullable Instant getExpiresAt() {
		return this.expiresAt;
	}

	@Nullable Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	@Nullable Instant getRevokedAt() {
		return this.revokedAt;
	}

}
