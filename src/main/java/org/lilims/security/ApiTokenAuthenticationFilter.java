package org.lilims.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <personal API token>}. A wrong token is answered
 * at once with 401; requests without a bearer token go on to HTTP Basic.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenService tokens;

	private final LimsUserDetailsService userDetails;

	private final ProblemDetailSecurityHandler problems;

	ApiTokenAuthenticationFilter(ApiTokenService tokens, LimsUserDetailsService userDetails,
			ProblemDetailSecurityHandler problems) {
		this.tokens = tokens;
		this.userDetails = userDetails;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<UserAccount> owner = this.tokens.authenticate(header.substring(BEARER.length()).trim());
		if (owner.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.problems.commence(request, response,
					new BadCredentialsException("Unknown, expired or revoked API token, or its account is disabled"));
			return;
		}
		UserDetails user = this.userDetails.toUserDetails(owner.get());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
