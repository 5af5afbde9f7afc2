package org.lilims.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * First start without {@code LIMS_ADMIN_PASSWORD}: a password is generated, printed once, and works. Runs in its own
 * context on its own embedded PostgreSQL (never the shared Testcontainers server), because it empties the account
 * table.
 */
@SpringBootTest(properties = "lilims.security.admin-password=")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminPasswordIntegrationTests {

	private static final Pattern PRINTED_PASSWORD = Pattern.compile("password:\\s+(\\S+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	AdminBootstrap bootstrap;

	@Autowired
	UserAccountRepository users;

	@Test
	void generatedPasswordIsPrintedOnceAndSignsIn(CapturedOutput output) throws Exception {
		this.users.deleteAll();
		assertThat(this.bootstrap.createAdminIfNoUserExists()).isTrue();
		Matcher matcher = PRINTED_PASSWORD.matcher(output.getAll());
		String password = null;
		while (matcher.find()) {
			password = matcher.group(1);
		}
		assertThat(password).as("password printed to the log").isNotNull();
		assertThat(password).hasSizeGreaterThanOrEqualTo(20);

		this.mvc.perform(get("/api/v1/me").with(httpBasic("admin", password))).andExpect(status().isOk());
		assertThat(this.bootstrap.createAdminIfNoUserExists()).as("never a second time").isFalse();
	}

}
