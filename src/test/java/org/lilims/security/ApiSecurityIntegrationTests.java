package org.lilims.security;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiSecurityIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService accounts;

	@Test
	void unauthenticatedCallGets401ProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Basic")))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Authentication required"))
			.andExpect(jsonPath("$.detail").value(containsString("Bearer")));
	}

	@Test
	void bootstrappedAdminUsesHttpBasicWithConfiguredPassword() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("admin"))
			.andExpect(jsonPath("$.roles", hasItem("ADMIN")));
	}

	@Test
	void wrongPasswordGets401WithoutSayingWhetherUserExists() throws Exception {
		this.mvc.perform(get("/api/v1/me").with(httpBasic("nobody-" + UUID.randomUUID(), "whatever-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("Wrong user name or password"));
	}

	@Test
	void adminCreatesUserWhoCanThenSignIn() throws Exception {
		String username = "jdoe-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "a-long-enough-pw", "roles": ["LAB_MEMBER", "AUDITOR"]}
						""".formatted(username)))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, "/api/v1/admin/users/" + username))
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "a-long-enough-pw")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles", hasItem("AUDITOR")));
	}

	@Test
	void duplicateUserIsAConflict() throws Exception {
		String username = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "password": "a-long-enough-pw", "roles": ["PI"]}
						""".formatted(username.toUpperCase())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("already exists")));
	}

	@Test
	void invalidUserIsRejectedNamingEachField() throws Exception {
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "no spaces allowed", "password": "short", "roles": []}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem("username")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("roles")));
	}

	@Test
	void unknownRoleIsABadRequestNamingTheValue() throws Exception {
		this.mvc
			.perform(post("/api/v1/admin/users").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "someone", "password": "a-long-enough-pw", "roles": ["WIZARD"]}
						"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("WIZARD")));
	}

	@Test
	void labMemberCannotAdministerUsers() throws Exception {
		String member = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		this.mvc.perform(get("/api/v1/admin/users").with(httpBasic(member, SecurityFixtures.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403));
	}

	@Test
	void piCannotAdministerUsersEither() throws Exception {
		String pi = SecurityFixtures.user(this.accounts, Role.PI);
		this.mvc.perform(post("/api/v1/admin/users").with(httpBasic(pi, SecurityFixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isForbidden());
	}

	@Test
	void auditorReadsButCannotWrite() throws Exception {
		String auditor = SecurityFixtures.user(this.accounts, Role.AUDITOR);
		this.mvc.perform(get("/api/v1/me").with(httpBasic(auditor, SecurityFixtures.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/v1/anything").with(httpBasic(auditor, SecurityFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void instrumentAccountIsLimitedToTheGateway() throws Exception {
		String instrument = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		this.mvc.perform(get("/api/v1/me").with(httpBasic(instrument, SecurityFixtures.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/admin/users").with(httpBasic(instrument, SecurityFixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/samples").with(httpBasic(instrument, SecurityFixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void personalTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() throws Exception {
		String member = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		String body = this.mvc
			.perform(post("/api/v1/me/tokens").with(httpBasic(member, SecurityFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"cycler export script\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.token").value(containsString("lims_")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		Integer id = JsonPath.read(body, "$.id");

		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(member));
		this.mvc.perform(get("/api/v1/me/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("cycler export script"))
			.andExpect(jsonPath("$[0].token").doesNotExist())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));

		this.mvc.perform(delete("/api/v1/me/tokens/" + id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("revoked")));
	}

	@Test
	void tokenOfDisabledAccountStopsWorking() throws Exception {
		String member = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		String token = JsonPath.read(this.mvc
			.perform(post("/api/v1/me/tokens").with(httpBasic(member, SecurityFixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"agent\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
		this.mvc
			.perform(patch("/api/v1/admin/users/" + member).with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enabled\": false}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member, SecurityFixtures.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value("The account is disabled"));
	}

	@Test
	void garbageBearerTokenGets401() throws Exception {
		this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer lims_not-a-real-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountUntilAnAdminResetsIt() throws Exception {
		String member = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(get("/api/v1/me").with(httpBasic(member, "wrong-password-" + attempt)))
				.andExpect(status().isUnauthorized());
		}
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member, SecurityFixtures.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(containsString("locked")));

		this.mvc
			.perform(post("/api/v1/admin/users/" + member + "/password").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"password\": \"a-brand-new-password\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(member, "a-brand-new-password")))
			.andExpect(status().isOk());
	}

	@Test
	void accountChangesAreAuditedForAdministratorsOnly() throws Exception {
		String member = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		this.mvc
			.perform(patch("/api/v1/admin/users/" + member).with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"roles\": [\"PI\"]}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/audit").param("entityType", "user").param("entityId", member)
			.with(httpBasic("admin", ADMIN_PASSWORD)))
			.andExpect(jsonPath("$[0].action").value("CREATED"))
			.andExpect(jsonPath("$[1].action").value("UPDATED"))
			.andExpect(jsonPath("$[1].actor").value("admin"))
			.andExpect(jsonPath("$[1].changes.roles.to[0]").value("PI"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("password"))));
		String other = SecurityFixtures.user(this.accounts, Role.LAB_MEMBER);
		this.mvc.perform(get("/api/v1/audit").param("entityType", "user").param("entityId", member)
			.with(httpBasic(other, SecurityFixtures.PASSWORD)))
			.andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void adminCannotDemoteThemself() throws Exception {
		this.mvc
			.perform(patch("/api/v1/admin/users/admin").with(httpBasic("admin", ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"roles\": [\"LAB_MEMBER\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
	}

	@Test
	void openApiDocumentDescribesTheApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/admin/users']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me/tokens']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
	}

}
