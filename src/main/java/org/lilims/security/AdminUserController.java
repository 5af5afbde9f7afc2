package org.lilims.security;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.ConflictException;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NavigationItem;
import org.lilims.shared.web.FormErrors;

import org.springframework.context.annotation.Bean;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class AdminUserController {

	private final UserAccountService accounts;

	private final ApiTokenService tokens;

	AdminUserController(UserAccountService accounts, ApiTokenService tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@Bean
	static NavigationItem adminNavigation() {
		return NavigationItem.forRoles("Users", "/admin/users", 900, Role.ADMIN.name())
			.describedAs("Accounts, roles, instrument accounts and password resets.");
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.findAll());
		return "admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserForm());
		return "admin/user-new";
	}

	@PostMapping
	String create(@ModelAttribute("form") UserForm form, BindingResult result, RedirectAttributes redirect) {
		try {
			UserView created = this.accounts.create(form.toNewUser());
			redirect.addFlashAttribute("message", "Created user " + created.username());
			return "redirect:/admin/users/" + created.username();
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
		catch (ConflictException ex) {
			result.rejectValue("username", "taken", ex.getMessage());
		}
		return "admin/user-new";
	}

	@GetMapping("/{username}")
	String edit(@PathVariable String username, Model model) {
		UserView user = this.accounts.find(username);
		model.addAttribute("form", UserForm.of(user));
		return userPage(user, model);
	}

	@PostMapping("/{username}")
	String update(@PathVariable String username, @ModelAttribute("form") UserForm form, BindingResult result,
			Authentication authentication, Model model, RedirectAttributes redirect) {
		try {
			this.accounts.update(username, form.toUpdate(), authentication.getName());
			redirect.addFlashAttribute("message", "Saved user " + username);
			return "redirect:/admin/users/" + username;
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
		}
		return userPage(this.accounts.find(username), model);
	}

	@PostMapping("/{username}/password")
	String resetPassword(@PathVariable String username, @RequestParam String password,
			RedirectAttributes redirect) {
		try {
			this.accounts.resetPassword(username, password);
			redirect.addFlashAttribute("message", "Password of " + username + " reset; tell the user to change it");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("passwordError", "Password " + ex.problems().get(0).message());
		}
		return "redirect:/admin/users/" + username;
	}

	@PostMapping("/{username}/tokens")
	String issueToken(@PathVariable String username, @RequestParam String name,
			@RequestParam(required = false) @Nullable Integer expiresInDays, RedirectAttributes redirect) {
		UserView user = this.accounts.find(username);
		ApiTokenService.CreatedToken created = TokenForms.issue(this.tokens, user.username(), name, expiresInDays,
				redirect);
		if (created != null) {
			TokenForms.showAgentCommand(user, created, redirect);
		}
		return "redirect:/admin/users/" + user.username();
	}

	@PostMapping("/{username}/tokens/{id}/revoke")
	String revokeToken(@PathVariable String username, @PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(username, id);
		redirect.addFlashAttribute("message", "Token revoked: it no longer works");
		return "redirect:/admin/users/" + UserAccountService.normalise(username);
	}

	private String userPage(UserView user, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("tokens", this.tokens.list(user.username()));
		model.addAttribute("instrumentAccount", user.has(Role.INSTRUMENT));
		return "admin/user-edit";
	}

}
