package org.lilims.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.ConflictException;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.InvalidInputException.FieldProblem;
import org.lilims.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and administers user accounts; guards the rules that keep the system administrable (a valid user name, a
 * strong enough password, at least one enabled administrator).
 */
@Service
@Transactional
class UserAccountService {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final LimsSecurityProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	UserAccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, LimsSecurityProperties properties,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.properties = properties;
		this.clock = clock;
	}

	UserView create(NewUser command) {
		String username = normalise(command.username());
		List<FieldProblem> problems = new ArrayList<>();
		if (!USERNAME.matcher(username).matches()) {
			problems.add(new FieldProblem("username",
					"must be 2 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
		}
		passwordProblem(command.password()).ifPresent(problems::add);
		if (command.roles() == null || command.roles().isEmpty()) {
			problems.add(new FieldProblem("roles", "must name at least one role"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (this.users.existsByUsername(username)) {
			throw new ConflictException("A user named '" + username + "' already exists");
		}
		UserAccount account = new UserAccount(username, this.passwordEncoder.encode(command.password()),
				command.roles(), this.clock.instant());
		account.setDisplayName(blankToNull(command.displayName()));
		account.setEmail(blankToNull(command.email()));
		this.users.saveAndFlush(account);
		this.events.publishEvent(new AccountChanged(username, "CREATED", null, AccountChanged.snapshot(account), null));
		return UserView.of(account, this.clock.instant());
	}

	/**
	 * The first administrator: the operator chose the password, so the length policy only warns.
	 */
	void createBootstrapAdmin(String username, String password, Set<Role> roles) {
		if (password.length() < this.properties.passwordMinLength()) {
			org.slf4j.LoggerFactory.getLogger(UserAccountService.class)
				.warn("LIMS_ADMIN_PASSWORD is shorter than {} characters; change it after the first sign-in",
						this.properties.passwordMinLength());
		}
		this.users.saveAndFlush(new UserAccount(normalise(username), this.passwordEncoder.encode(password), roles,
				this.clock.instant()));
	}

	@Transactional(readOnly = true)
	List<UserView> findAll() {
		Instant now = this.clock.instant();
		return this.users.findAllByOrderByUsernameAsc().stream().map(account -> UserView.of(account, now)).toList();
	}

	@Transactional(readOnly = true)
	UserView find(String username) {
		return UserView.of(load(username), this.clock.instant());
	}

	UserView update(String username, UserUpdate update, String actingUsername) {
		UserAccount account = load(username);
		if (update.version() != null && update.version() != account.getVersion()) {
			throw new ConflictException("The account '" + account.getUsername()
					+ "' was changed by someone else since you loaded it; reload it and apply your change again");
		}
		boolean self = account.getUsername().equals(normalise(actingUsername));
		Map<String, Object> before = AccountChanged.snapshot(account);
		if (update.roles() != null) {
			if (update.roles().isEmpty()) {
				throw new InvalidInputException("roles", "must name at least one role");
			}
			if (self && account.getRoles().contains(Role.ADMIN) && !update.roles().contains(Role.ADMIN)) {
				throw new InvalidInputException("roles", "you cannot remove your own administrator role");
			}
			if (account.getRoles().contains(Role.ADMIN) && !update.roles().contains(Role.ADMIN)) {
				requireAnotherEnabledAdmin(account);
			}
			account.assignRoles(EnumSet.copyOf(update.roles()));
		}
		if (update.enabled() != null) {
			if (!update.enabled() && self) {
				throw new InvalidInputException("enabled", "you cannot disable your own account");
			}
			if (!update.enabled() && account.getRoles().contains(Role.ADMIN)) {
				requireAnotherEnabledAdmin(account);
			}
			account.setEnabled(update.enabled());
		}
		if (update.displayName() != null) {
			account.setDisplayName(blankToNull(update.displayName()));
		}
		if (update.email() != null) {
			account.setEmail(blankToNull(update.email()));
		}
		this.users.saveAndFlush(account);
		this.events.publishEvent(new AccountChanged(account.getUsername(), "UPDATED", before,
				AccountChanged.snapshot(account), null));
		return UserView.of(account, this.clock.instant());
	}

	void resetPassword(String username, String newPassword) {
		passwordProblem(newPassword).ifPresent(problem -> {
			throw new InvalidInputException(List.of(problem));
		});
		UserAccount account = load(username);
		account.changePassword(this.passwordEncoder.encode(newPassword), this.clock.instant());
		this.events.publishEvent(new AccountChanged(account.getUsername(), "PASSWORD_CHANGED", null, null, null));
	}

	void changeOwnPassword(String username, String currentPassword, String newPassword) {
		UserAccount account = load(username);
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "is not your current password");
		}
		resetPassword(username, newPassword);
	}

	private void requireAnotherEnabledAdmin(UserAccount account) {
		boolean anotherAdmin = this.users.findAll()
			.stream()
			.anyMatch(other -> !other.getUsername().equals(account.getUsername()) && other.isEnabled()
					&& other.getRoles().contains(Role.ADMIN));
		if (!anotherAdmin) {
			throw new ConflictException("'" + account.getUsername()
					+ "' is the last enabled administrator; make someone else administrator first");
		}
	}

	private java.util.Optional<FieldProblem> passwordProblem(@Nullable String password) {
		int min = this.properties.passwordMinLength();
		if (password == null || password.length() < min) {
			return java.util.Optional.of(new FieldProblem("password", "must have at least " + min + " characters"));
		}
		if (password.length() > 128) {
			return java.util.Optional.of(new FieldProblem("password", "must have at most 128 characters"));
		}
		return java.util.Optional.empty();
	}

	private UserAccount load(String username) {
		return this.users.findByUsername(normalise(username))
			.orElseThrow(() -> new NotFoundException("No user named '" + username + "'"));
	}

	static String normalise(@Nullable String username) {
		return (username != null) ? username.trim().toLowerCase(Locale.ROOT) : "";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * A new account as an administrator requests it.
	 */
	record NewUser(@Nullable String username, @Nullable String password, @Nullable Set<Role> roles,
			@Nullable String displayName, @Nullable String email) {
	}

	/**
	 * Changes to an account; {@code null} leaves a field as it is.
	 */
	record UserUpdate(@Nullable Set<Role> roles, @Nullable Boolean enabled, @Nullable String displayName,
			@Nullable String email, @Nullable Long version) {
	}

}
