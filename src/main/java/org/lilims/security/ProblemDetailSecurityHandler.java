package org.lilims.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers unauthenticated (401) and forbidden (403) API calls with RFC 9457 problem details that say what to do.
 */
@Component
class ProblemDetailSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	ProblemDetailSecurityHandler(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LiLIMS\", Bearer realm=\"LiLIMS\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "Authentication required", describe(exception));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "Forbidden",
				"Your account's roles do not allow " + request.getMethod() + " " + request.getRequestURI());
	}

	private static String describe(AuthenticationException exception) {
		if (exception instanceof InsufficientAuthenticationException) {
			return "Send HTTP Basic credentials or a personal API token (Authorization: Bearer <token>)";
		}
		if (exception instanceof LockedException) {
			return "The account is locked for a while after repeated failed sign-ins; try again later";
		}
		if (exception instanceof DisabledException) {
			return "The account is disabled";
		}
		if (exception instanceof BadCredentialsException && exception.getMessage() != null
				&& exception.getMessage().contains("token")) {
			return exception.getMessage();
		}
		return "Wrong user name or password";
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
