package org.lilims.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Instrument accounts for the hardware gateway: connecting an instrument creates its {@code INSTRUMENT} account and
 * first API token in one step, and the gateway page lists those accounts with their tokens.
 */
@Service
@Transactional
class InstrumentConnections {

	/** What an agent may send as {@code --instrument}: kept plain so that the command line needs no quoting. */
	static final Pattern INSTRUMENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private final SecureRandom random = new SecureRandom();

	private final UserAccountService accounts;

	private final ApiTokenService tokens;

	private final UserAccountRepository users;

	private final ApiTokenRepository tokenRepository;

	private final Clock clock;

	InstrumentConnections(UserAccountService accounts, ApiTokenService tokens, UserAccountRepository users,
			ApiTokenRepository tokenRepository, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.users = users;
		this.tokenRepository = tokenRepository;
		this.clock = clock;
	}

	/**
	 * Creates the instrument's account (role {@code INSTRUMENT} only, the instrument id as its display name, a random
	 * password nobody knows) and its first token; all or nothing.
	 */
	Connected connect(ConnectInstrument command) {
		String instrumentId = (command.instrumentId() != null) ? command.instrumentId().trim() : "";
		if (!INSTRUMENT_ID.matcher(instrumentId).matches()) {
			throw new InvalidInputException("instrumentId",
					"must be 1 to 100 letters, digits, '.', '_' or '-', as the agent sends it, e.g. MACCOR-1");
		}
		ApiTokenService.check(command.name(), command.expiresInDays());
		String username = (command.username() != null && !command.username().isBlank()) ? command.username()
				: instrumentId.toLowerCase(Locale.ROOT);
		UserView account = this.accounts.create(new UserAccountService.NewUser(username, randomPassword(),
				EnumSet.of(Role.INSTRUMENT), instrumentId, null));
		return new Connected(account, this.tokens.create(account.username(), command.name(), command.expiresInDays()));
	}

	/** Every instrument account with its tokens, newest first. */
	@Transactional(readOnly = true)
	List<InstrumentAccount> accounts() {
		Instant now = this.clock.instant();
		List<UserAccount> instruments = this.users.findAllWithRole(Role.INSTRUMENT);
		if (instruments.isEmpty()) {
			return List.of();
		}
		Map<String, List<ApiTokenService.TokenView>> tokensByOwner = this.tokenRepository
			.findByOwnerInOrderByCreatedAtDesc(instruments)
			.stream()
			.collect(Collectors.groupingBy(token -> token.getOwner().getUsername(),
					Collectors.mapping(token -> ApiTokenService.TokenView.of(token, now), Collectors.toList())));
		return instruments.stream()
			.map(account -> new InstrumentAccount(UserView.of(account, now),
					tokensByOwner.getOrDefault(account.getUsername(), List.of())))
			.toList();
	}

	/** A password nobody is told: the account signs in with its tokens; an admin may reset it for the API way. */
	private String randomPassword() {
		byte[] secret = new byte[24];
		this.random.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/**
	 * An instrument to connect: the id its agent sends, optionally the account's user name (else the id in lower
	 * case), and the first token's name and lifetime.
	 */
	record ConnectInstrument(@Nullable String instrumentId, @Nullable String username, @Nullable String name,
			@Nullable Integer expiresInDays) {
	}

	/** A connected instrument: its new account and its first token, shown this once. */
	record Connected(UserView account, ApiTokenService.CreatedToken token) {
	}

	/** An instrument account with its tokens (never their secrets). */
	record InstrumentAccount(UserView account, List<ApiTokenService.TokenView> tokens) {

		/** The id its agent sends, as recorded when it was connected. */
		public String instrumentId() {
			return AgentCommandLine.instrumentIdOf(this.account);
		}

	}

}
