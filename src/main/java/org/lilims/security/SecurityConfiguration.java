package org.lilims.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless and takes HTTP Basic or a personal API token, answering
 * 401/403 as problem details; everything else is the browser application with form sign-in, sessions and CSRF
 * protection. Writes need {@code LAB_MEMBER} (which PIs and admins include); auditors only read.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	private static final String[] READ_ROLES = { "LAB_MEMBER", "AUDITOR" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.PI.name())
			.role(Role.PI.name())
			.implies(Role.LAB_MEMBER.name())
			.build();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, LimsUserDetailsService userDetails,
			PasswordEncoder passwordEncoder, AuthenticationEventPublisher events, ApiTokenService tokens,
			ProblemDetailSecurityHandler problems) {
		ProviderManager basicAuthentication = new ProviderManager(passwordProvider(userDetails, passwordEncoder));
		basicAuthentication.setAuthenticationEventPublisher(events);
		http.securityMatcher("/api/**")
			.authenticationManager(basicAuthentication)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/admin/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers(HttpMethod.POST, "/api/v1/analysis/recompute-stale")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/api/v1/me", "/api/v1/me/**")
				.authenticated()
				.requestMatchers(HttpMethod.POST, "/api/v1/gateway/files")
				.hasAnyRole(Role.INSTRUMENT.name(), Role.ADMIN.name())
				.requestMatchers(HttpMethod.GET, "/api/v1/gateway/**")
				.hasAnyRole(Role.INSTRUMENT.name(), Role.LAB_MEMBER.name(), Role.AUDITOR.name())
				.requestMatchers("/api/v1/gateway/**")
				.hasRole(Role.LAB_MEMBER.name())
				.requestMatchers(HttpMethod.GET, "/api/**")
				.hasAnyRole(READ_ROLES)
				.requestMatchers(HttpMethod.HEAD, "/api/**")
				.hasAnyRole(READ_ROLES)
				.anyRequest()
				.hasRole(Role.LAB_MEMBER.name()))
			.httpBasic(basic -> basic.realmName("LiLIMS").authenticationEntryPoint(problems))
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens, userDetails, problems),
					BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain browserSecurityFilterChain(HttpSecurity http, LimsUserDetailsService userDetails,
			PasswordEncoder passwordEncoder, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider formProvider = passwordProvider(userDetails, passwordEncoder);
		formProvider.setPostAuthenticationChecks(SecurityConfiguration::requireHumanAccount);
		ProviderManager formAuthentication = new ProviderManager(formProvider);
		formAuthentication.setAuthenticationEventPublisher(events);
		http.authenticationManager(formAuthentication)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/error/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
						"/favicon.ico", "/favicon.svg")
				.permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
				.permitAll()
				.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/admin/**", "/actuator/**")
				.hasRole(Role.ADMIN.name())
				.requestMatchers("/account", "/account/**")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/**")
				.hasAnyRole(READ_ROLES)
				.anyRequest()
				.hasRole(Role.LAB_MEMBER.name()))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new LoginFailureHandler()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(self), microphone=(), geolocation=(), payment=()")));
		return http.build();
	}

	private static DaoAuthenticationProvider passwordProvider(LimsUserDetailsService userDetails,
			PasswordEncoder passwordEncoder) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
		provider.setPasswordEncoder(passwordEncoder);
		return provider;
	}

	/** Instrument accounts are machines: the browser application is for people. */
	private static void requireHumanAccount(UserDetails user) {
		boolean human = user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> !Role.INSTRUMENT.authority().equals(authority));
		if (!human) {
			throw new DisabledException("Instrument accounts use the API only and cannot sign in to the browser");
		}
	}

}
