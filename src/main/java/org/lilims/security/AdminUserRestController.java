package org.lilims.security;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account administration for scripts: create users, change roles, disable accounts, reset passwords.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUserRestController {

	private final UserAccountService accounts;

	AdminUserRestController(UserAccountService accounts) {
		this.accounts = accounts;
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

	record PasswordReset(@org.jspecify.annotations.Nullable String password) {
	}

}
