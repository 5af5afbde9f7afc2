package org.lilims.security;

import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BrowserSecurityIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService accounts;

	@Test
	void loginPageIsPublic() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void anonymousVisitorIsSentToLogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(header().string("Location", endsWith("/login")));
	}

	@Test
	void healthIsPublicAndUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"UP\"")));
	}

	@Test
	void adminSignsInWithConfiguredPassword() throws Exception {
		this.mvc.perform(formLogin("/login").user("admin").password(ADMIN_PASSWORD))
			.andExpect(authenticated().withUsername("admin"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongPasswordReturnsToLoginWithReason() throws Exception {
		this.mvc.perform(formLogin("/login").user("admin").password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=credentials"));
		this.mvc.perform(get("/login").param("error", "credentials"))
			.andExpect(content().string(containsString("Wrong user name or password")));
	}

	@Test
	void loginWithoutCsrfTokenIsRejected() throws Exception {
		this.mvc.perform(post("/login").param("username", "admin").param("password", ADMIN_PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void formPostWithoutCsrfTokenIsRejected() throws Exception {
		String member = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		this.mvc
			.perform(post("/account/tokens").param("name", "x")
				.with(user(member).roles(Role.LAB_MEMBER.name())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/account/tokens").param("name", "x")
				.with(user(member).roles(Role.LAB_MEMBER.name()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account"));
	}

	@Test
	void instrumentAccountCannotSignInToTheBrowser() throws Exception {
		String instrument = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		this.mvc.perform(formLogin("/login").user(instrument).password(SecurityFixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error=instrument"));
	}

	@Test
	void labMemberSeesHomeButNotAdministration() throws Exception {
		String member = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		this.mvc.perform(get("/").with(user(member).roles("LAB_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(member)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/admin/users\""))));
		this.mvc.perform(get("/admin/users").with(user(member).roles("LAB_MEMBER")))
			.andExpect(status().isForbidden());
	}

	@Test
	void adminSeesUserAdministration() throws Exception {
		String member = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		this.mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(member)));
		this.mvc.perform(get("/").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("href=\"/admin/users\"")));
	}

	@Test
	void adminCreatesUserInTheBrowserAndSeesFieldErrors() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("username", "Bad Name")
				.param("password", "short")
				.param("roles", "LAB_MEMBER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must have at least 10 characters")))
			.andExpect(content().string(containsString("lower-case letters")));
		String username = "browser-made-" + System.nanoTime();
		this.mvc
			.perform(post("/admin/users").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("username", username)
				.param("password", "long-enough-password")
				.param("roles", "PI"))
			.andExpect(redirectedUrl("/admin/users/" + username));
	}

	@Test
	void auditorReadsPagesButCannotChangeData() throws Exception {
		String auditor = SecurityFixtures.user(this.accounts, Role.AUDITOR);
		this.mvc.perform(get("/").with(user(auditor).roles("AUDITOR"))).andExpect(status().isOk());
		this.mvc.perform(post("/samples").with(user(auditor).roles("AUDITOR")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users").with(user(auditor).roles("AUDITOR"))).andExpect(status().isForbidden());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "same-origin"))
			.andExpect(header().exists("Permissions-Policy"));
	}

	@Test
	void unknownPageShowsFriendlyNotFound() throws Exception {
		this.mvc.perform(get("/no-such-page").with(user("admin").roles("ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void cacheControlPreventsCachingSignedInPages() throws Exception {
		this.mvc.perform(get("/account").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
	}

}
