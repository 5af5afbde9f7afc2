package org.lilims.security;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the browser's token forms share: a new token travels to the next page once (flash attribute {@code newToken},
 * with {@code agentCommand} for an instrument account), a refused request as {@code tokenError}.
 */
final class TokenForms {

	private TokenForms() {
	}

	static ApiTokenService.@Nullable CreatedToken issue(ApiTokenService tokens, String username, String name,
			@Nullable Integer expiresInDays, RedirectAttributes redirect) {
		try {
			ApiTokenService.CreatedToken created = tokens.create(username, name, expiresInDays);
			redirect.addFlashAttribute("newToken", created);
			return created;
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("tokenError",
					"Token " + ex.problems().get(0).field() + " " + ex.problems().get(0).message());
			return null;
		}
	}

	/** Adds the agent's command line for a new token of an instrument account, with this server's base URL. */
	static void showAgentCommand(UserView account, ApiTokenService.CreatedToken token, RedirectAttributes redirect) {
		if (account.has(Role.INSTRUMENT)) {
			redirect.addFlashAttribute("agentCommand",
					AgentCommandLine.of(ServletUriComponentsBuilder.fromCurrentContextPath().toUriString(),
							token.token(), AgentCommandLine.instrumentIdOf(account)));
		}
	}

}
