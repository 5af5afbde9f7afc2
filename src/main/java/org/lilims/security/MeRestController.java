package org.lilims.security;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling user's own account and personal API tokens.
 */
@RestController
@RequestMapping("/api/v1/me")
class MeRestController {

	private final UserAccountService accounts;

	private final ApiTokenService tokens;

	MeRestController(UserAccountService accounts, ApiTokenService tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping
	UserView me(Authentication authentication) {
		return this.accounts.find(authentication.getName());
	}

	@PostMapping("/tokens")
	ResponseEntity<ApiTokenService.CreatedToken> createToken(@RequestBody ApiTokenService.TokenRequest request,
			Authentication authentication) {
		ApiTokenService.CreatedToken created = this.tokens.create(authentication.getName(), request.name(),
				request.expiresInDays());
		return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.id())).body(created);
	}

	@GetMapping("/tokens")
	List<ApiTokenService.TokenView> tokens(Authentication authentication) {
		return this.tokens.list(authentication.getName());
	}

	@DeleteMapping("/tokens/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id, Authentication authentication) {
		this.tokens.revoke(authentication.getName(), id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/password")
	ResponseEntity<Void> changePassword(@RequestBody PasswordChange change, Authentication authentication) {
		this.accounts.changeOwnPassword(authentication.getName(), nullToEmpty(change.currentPassword()),
				nullToEmpty(change.newPassword()));
		return ResponseEntity.noContent().build();
	}

	private static String nullToEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {
	}

}
