package org.lilims.security;

import org.lilims.shared.InvalidInputException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account page: password and personal API tokens.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private final UserAccountService accounts;

	private final ApiTokenService tokens;

	AccountController(UserAccountService accounts, ApiTokenService tokens) {
		this.accounts = accounts;
		this.tokens = tokens;
	}

	@GetMapping
	String account(Authentication authentication, Model model) {
		model.addAttribute("user", this.accounts.find(authentication.getName()));
		model.addAttribute("tokens", this.tokens.list(authentication.getName()));
		return "account/account";
	}

	@PostMapping("/password")
	String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
			@RequestParam String confirmPassword, Authentication authentication, RedirectAttributes redirect) {
		if (!newPassword.equals(confirmPassword)) {
			redirect.addFlashAttribute("passwordError", "The new password and its confirmation differ");
			return "redirect:/account";
		}
		try {
			this.accounts.changeOwnPassword(authentication.getName(), currentPassword, newPassword);
			redirect.addFlashAttribute("message", "Your password was changed");
		}
		catch (InvalidInputException ex) {
			InvalidInputException.FieldProblem problem = ex.problems().get(0);
			redirect.addFlashAttribute("passwordError",
					("currentPassword".equals(problem.field()) ? "Current password " : "New password ")
							+ problem.message());
		}
		return "redirect:/account";
	}

	@PostMapping("/tokens")
	String createToken(@RequestParam String name, @RequestParam(required = false) Integer expiresInDays,
			Authentication authentication, RedirectAttributes redirect) {
		TokenForms.issue(this.tokens, authentication.getName(), name, expiresInDays, redirect);
		return "redirect:/account";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		this.tokens.revoke(authentication.getName(), id);
		redirect.addFlashAttribute("message", "Token revoked: it no longer works");
		return "redirect:/account";
	}

}
