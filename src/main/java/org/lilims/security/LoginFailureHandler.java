package org.lilims.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed browser sign-in back to the login page with a reason code the page turns into a message.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason(exception));
	}

	static String reason(AuthenticationException exception) {
		if (exception instanceof LockedException) {
			return "locked";
		}
		if (exception instanceof DisabledException && exception.getMessage() != null
				&& exception.getMessage().startsWith("Instrument")) {
			return "instrument";
		}
		if (exception instanceof DisabledException) {
			return "disabled";
		}
		return "credentials";
	}

}
