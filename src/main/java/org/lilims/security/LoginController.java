package org.lilims.security;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	private static final Map<String, String> MESSAGES = Map.of("credentials", "Wrong user name or password.", "locked",
			"Too many failed sign-ins: this account is locked for a few minutes. Try again later or ask an administrator.",
			"disabled", "This account is disabled. Ask an administrator to enable it.", "instrument",
			"Instrument accounts use the API only and cannot sign in here.");

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error, @Nullable Authentication authentication,
			Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		if (error != null) {
			model.addAttribute("loginError", MESSAGES.getOrDefault(error, MESSAGES.get("credentials")));
		}
		return "login";
	}

}
