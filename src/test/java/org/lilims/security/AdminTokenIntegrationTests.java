package org.lilims.security;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators issue and revoke API tokens of any account, above all of instrument accounts, which cannot sign in to
 * make their own; they connect an instrument (account and first token) in one step; the gateway page lists instrument
 * accounts with their tokens for administrators only.
 */
class AdminTokenIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccountService accounts;

	@Test
	void issuedTokenIsShownOnceUploadsToTheGatewayAndStopsWorkingWhenRevoked() throws Exception {
		String instrument = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		String body = issue(instrument, "{\"name\": \"watch-folder agent\", \"expiresInDays\": 30}")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION,
					startsWith("/api/v1/admin/users/" + instrument + "/tokens/")))
			.andExpect(jsonPath("$.token").value(startsWith("lims_")))
			.andExpect(jsonPath("$.name").value("watch-folder agent"))
			.andExpect(jsonPath("$.expiresAt").value(notNullValue()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		Integer id = JsonPath.read(body, "$.id");

		upload(token).andExpect(status().isCreated());
		this.mvc.perform(get("/api/v1/admin/users/" + instrument + "/tokens").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(id))
			.andExpect(jsonPath("$[0].prefix").value(token.substring(0, 9)))
			.andExpect(jsonPath("$[0].lastUsedAt").value(notNullValue()))
			.andExpect(jsonPath("$[0].active").value(true))
			.andExpect(jsonPath("$[0].token").doesNotExist())
			.andExpect(content().string(not(containsString(token))));

		this.mvc.perform(delete("/api/v1/admin/users/" + instrument + "/tokens/" + id).with(admin()))
			.andExpect(status().isNoContent());
		upload(token).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/admin/users/" + instrument + "/tokens").with(admin()))
			.andExpect(jsonPath("$[0].active").value(false))
			.andExpect(jsonPath("$[0].revokedAt").value(notNullValue()));
	}

	@Test
	void issuingAndRevokingAreAuditedOnTheAccountWithoutTheSecret() throws Exception {
		String instrument = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		String body = issue(instrument, "{\"name\": \"agent\"}").andReturn().getResponse().getContentAsString();
		String token = JsonPath.read(body, "$.token");
		this.mvc.perform(delete("/api/v1/admin/users/" + instrument + "/tokens/" + JsonPath.read(body, "$.id"))
			.with(admin())).andExpect(status().isNoContent());

		this.mvc.perform(get("/api/v1/audit").param("entityType", "user").param("entityId", instrument).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].action").value("TOKEN_ISSUED"))
			.andExpect(jsonPath("$[1].actor").value("admin"))
			.andExpect(jsonPath("$[1].after.token").value("agent (" + token.substring(0, 9) + "…)"))
			.andExpect(jsonPath("$[2].action").value("TOKEN_REVOKED"))
			.andExpect(jsonPath("$[2].actor").value("admin"))
			.andExpect(content().string(not(containsString(token))));
	}

	@Test
	void onlyAdministratorsManageOtherAccountsTokens() throws Exception {
		String instrument = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		String member = SecurityFixtures.user(this.accounts, Role.PI);
		RequestPostProcessor pi = httpBasic(member, SecurityFixtures.PASSWORD);
		this.mvc
			.perform(post("/api/v1/admin/users/" + instrument + "/tokens").with(pi)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"agent\"}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/admin/users/" + instrument + "/tokens").with(pi))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete("/api/v1/admin/users/" + instrument + "/tokens/1").with(pi))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users/" + instrument + "/tokens").param("name", "agent")
			.with(user(member).roles("PI"))
			.with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/instruments/fragment").with(user(member).roles("PI")))
			.andExpect(status().isForbidden());
	}

	@Test
	void unknownUserOrForeignTokenIs404ProblemDetail() throws Exception {
		String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		issue(nobody, "{\"name\": \"agent\"}").andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No user named '" + nobody + "'"));
		this.mvc.perform(get("/api/v1/admin/users/" + nobody + "/tokens").with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		this.mvc.perform(delete("/api/v1/admin/users/" + nobody + "/tokens/1").with(admin()))
			.andExpect(status().isNotFound());

		String owner = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		String other = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		Integer id = JsonPath.read(issue(owner, "{\"name\": \"agent\"}").andReturn().getResponse().getContentAsString(),
				"$.id");
		this.mvc.perform(delete("/api/v1/admin/users/" + other + "/tokens/" + id).with(admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("'" + other + "' has no API token with id " + id));
	}

	@Test
	void badRequestIs400NamingTheField() throws Exception {
		String instrument = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		issue(instrument, "{\"name\": \"agent\", \"expiresInDays\": 0}").andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("expiresInDays"))
			.andExpect(jsonPath("$.errors[0].message").value("must be between 1 and 3650"));
		issue(instrument, "{\"name\": \"agent\", \"expiresInDays\": 3651}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("expiresInDays"));
		issue(instrument, "{\"expiresInDays\": 7}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		this.mvc.perform(get("/api/v1/admin/users/" + instrument + "/tokens").with(admin()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void connectingAnInstrumentCreatesItsAccountAndShowsTheTokenWithTheAgentCommandOnce() throws Exception {
		String instrumentId = "MACCOR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String username = instrumentId.toLowerCase();
		FlashMap shown = this.mvc
			.perform(post("/admin/instruments").param("instrumentId", instrumentId)
				.param("name", "watch-folder agent")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + username))
			.andReturn()
			.getFlashMap();
		ApiTokenService.CreatedToken token = (ApiTokenService.CreatedToken) shown.get("newToken");
		assertThat(token.name()).isEqualTo("watch-folder agent");
		assertThat(shown.get("agentCommand")).isEqualTo("java -jar lilims-exec.jar agent --watch DIR --server "
				+ "http://localhost --token " + token.token() + " --instrument " + instrumentId);
		this.mvc.perform(get("/api/v1/admin/users/" + username).with(admin()))
			.andExpect(jsonPath("$.roles").value(org.hamcrest.Matchers.contains("INSTRUMENT")))
			.andExpect(jsonPath("$.displayName").value(instrumentId));

		this.mvc.perform(get("/admin/instruments/fragment").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + username + "</a>")))
			.andExpect(content().string(containsString("watch-folder agent")));
		this.mvc.perform(get("/gateway").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("data-hx-get=\"/admin/instruments/fragment\"")));
		this.mvc.perform(get("/gateway").with(user("lab").roles("LAB_MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/admin/instruments/fragment"))));
	}

	@Test
	void connectFormKeepsInputAndNamesTheFieldsItRefuses() throws Exception {
		String taken = SecurityFixtures.user(this.accounts, Role.INSTRUMENT);
		this.mvc
			.perform(post("/admin/instruments").param("instrumentId", "MACCOR 1")
				.param("name", "agent")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "instrumentId"));
		this.mvc
			.perform(post("/admin/instruments").param("instrumentId", "MACCOR-1")
				.param("name", "agent")
				.param("expiresInDays", "0")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrors("form", "expiresInDays"));
		this.mvc
			.perform(post("/admin/instruments").param("instrumentId", "MACCOR-1")
				.param("username", taken)
				.param("name", "agent")
				.with(user("admin").roles("ADMIN"))
				.with(csrf()))
			.andExpect(model().attributeHasFieldErrors("form", "username"));
		this.mvc.perform(get("/api/v1/admin/users/" + taken + "/tokens").with(admin()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	private ResultActions issue(String username, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/admin/users/" + username + "/tokens").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private ResultActions upload(String token) throws Exception {
		byte[] notes = ("agent check " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.UTF_8);
		return this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", "notes.txt", "text/plain", notes))
			.param("instrumentId", "MACCOR-TOKENS")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
