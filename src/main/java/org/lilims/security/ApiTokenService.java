package org.lilims.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes personal API tokens. A token is 256 random bits behind the prefix {@code lims_}; only
 * its SHA-256 is stored, so a leaked database does not leak usable tokens. Users manage their own tokens; an
 * administrator manages anyone's (instrument accounts cannot sign in to make their own). Issuing and revoking are
 * audited on the owner's account.
 */
@Service
@Transactional
class ApiTokenService {

	static final String TOKEN_PREFIX = "lims_";

	private static final int MAX_LIFETIME_DAYS = 3650;

	private final SecureRandom random = new SecureRandom();

	private final ApiTokenRepository tokens;

	private final UserAccountRepository users;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ApiTokenService(ApiTokenRepository tokens, UserAccountRepository users, Clock clock,
			ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
		this.events = events;
	}

	CreatedToken create(String username, @Nullable String name, @Nullable Integer expiresInDays) {
		check(name, expiresInDays);
		UserAccount owner = owner(username);
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		Instant expiresAt = (expiresInDays != null) ? now.plus(Duration.ofDays(expiresInDays)) : null;
		ApiToken saved = this.tokens.save(new ApiToken(owner, name.trim(), sha256(token),
				token.substring(0, TOKEN_PREFIX.length() + 4), now, expiresAt));
		Map<String, Object> issued = new LinkedHashMap<>();
		issued.put("token", describe(saved));
		if (expiresAt != null) {
			issued.put("expiresAt", expiresAt.toString());
		}
		this.events.publishEvent(new AccountChanged(owner.getUsername(), "TOKEN_ISSUED", null, issued, null));
		return new CreatedToken(saved.getId(), saved.getName(), token, saved.getTokenPrefix(), saved.getCreatedAt(),
				saved.getExpiresAt());
	}

	/**
	 * The owner of a usable token, if the token is known, not revoked, not expired and its owner is enabled.
	 */
	Optional<UserAccount> authenticate(String token) {
		if (!token.startsWith(TOKEN_PREFIX)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.tokens.findByTokenHash(sha256(token))
			.filter(candidate -> candidate.isUsableAt(now))
			.filter(candidate -> candidate.getOwner().isEnabled())
			.map(candidate -> {
				candidate.markUsed(now);
				return candidate.getOwner();
			});
	}

	/**
	 * Refuses a token request with an unusable name or lifetime, naming the field.
	 */
	static void check(@Nullable String name, @Nullable Integer expiresInDays) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "must be 1 to 100 characters, e.g. the script or instrument using it");
		}
		if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_LIFETIME_DAYS)) {
			throw new InvalidInputException("expiresInDays", "must be between 1 and " + MAX_LIFETIME_DAYS);
		}
	}

	@Transactional(readOnly = true)
	List<TokenView> list(String username) {
		Instant now = this.clock.instant();
		return this.tokens.findByOwnerOrderByCreatedAtDesc(owner(username))
			.stream()
			.map(token -> TokenView.of(token, now))
			.toList();
	}

	void revoke(String username, long tokenId) {
		UserAccount owner = owner(username);
		ApiToken token = this.tokens.findById(tokenId)
			.filter(candidate -> candidate.getOwner().getUsername().equals(owner.getUsername()))
			.orElseThrow(() -> new NotFoundException(
					"'" + owner.getUsername() + "' has no API token with id " + tokenId));
		if (token.revoke(this.clock.instant())) {
			this.events.publishEvent(new AccountChanged(owner.getUsername(), "TOKEN_REVOKED",
					Map.of("token", describe(token)), null, null));
		}
	}

	private UserAccount owner(String username) {
		return this.users.findByUsername(UserAccountService.normalise(username))
			.orElseThrow(() -> new NotFoundException("No user named '" + username + "'"));
	}

	/** How the audit trail names a token: never by its secret, only by its name and first characters. */
	private static String describe(ApiToken token) {
		return token.getName() + " (" + token.getTokenPrefix() + "…)";
	}

	static String sha256(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

	/**
	 * A new token: a name saying what uses it, and optionally how many days it stays valid.
	 */
	record TokenRequest(@Nullable String name, @Nullable Integer expiresInDays) {
	}

	/**
	 * A token just created: the only time the token itself is returned.
	 */
	record CreatedToken(@Nullable Long id, String name, String token, String prefix, Instant createdAt,
			@Nullable Instant expiresAt) {
	}

	/**
	 * A token as listed later: prefix and dates, never the token.
	 */
	record TokenView(@Nullable Long id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
			@Nullable Instant lastUsedAt, @Nullable Instant revokedAt, boolean active) {

		static TokenView of(ApiToken token, Instant now) {
			return new TokenView(token.getId(), token.getName(), token.getTokenPrefix(), token.getCreatedAt(),
					token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt(), token.isUsableAt(now));
		}

	}

}
