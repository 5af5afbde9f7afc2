package org.lilims.security;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration for scripts: create users, change roles, disable accounts, reset passwords, and issue or
 * revoke any account's API tokens (instrument accounts cannot make their own in the browser).
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUserRestController {

	private final UserAccountService accounts;

	private final ApiTokenService tokens;

	AdminUserRestController(UserAccountService accounts, ApiTokenService tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@PostMapping
	ResponseEntity<UserView> create(@RequestBody UserAccountService.NewUser request) {
		UserView created = this.accounts.create(request);
		return ResponseEntity.created(URI.create("/api/v1/admin/users/" + created.username())).body(created);
	}

	@GetMapping
	List<UserView> list() {
		return this.accounts.findAll();
	}

	@GetMapping("/{username}")
	UserView show(@PathVariable String username) {
		return this.accounts.find(username);
	}

	@PatchMapping("/{username}")
	UserView update(@PathVariable String username, @RequestBody UserAccountService.UserUpdate update,
			Authentication authentication) {
		return this.accounts.update(username, update, authentication.getName());
	}

	@PostMapping("/{username}/password")
	ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody PasswordReset reset) {
		this.accounts.resetPassword(username, (reset.password() != null) ? reset.password() : "");
		return ResponseEntity.noContent().build();
	}

	/**
	 * Issues a token for the account: 201 with the token, the only time it is shown.
	 */
	@PostMapping("/{username}/tokens")
	ResponseEntity<ApiTokenService.CreatedToken> createToken(@PathVariable String username,
			@RequestBody ApiTokenService.TokenRequest request) {
		ApiTokenService.CreatedToken created = this.tokens.create(username, request.name(), request.expiresInDays());
		return ResponseEntity
			.created(URI.create("/api/v1/admin/users/" + UserAccountService.normalise(username) + "/tokens/"
					+ created.id()))
			.body(created);
	}

	@GetMapping("/{username}/tokens")
	List<ApiTokenService.TokenView> tokens(@PathVariable String username) {
		return this.tokens.list(username);
	}

	@DeleteMapping("/{username}/tokens/{id}")
	ResponseEntity<Void> revokeToken(@PathVariable String username, @PathVariable long id) {
		this.tokens.revoke(username, id);
		return ResponseEntity.noContent().build();
	}

	record PasswordReset(@org.jspecify.annotations.Nullable String password) {
	}

}
