package org.lilims.process;

import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class StepTemplateControllerTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void adminDefinesTemplateInTheBrowser() throws Exception {
		this.mvc.perform(post("/admin/step-templates").with(user("admin").roles("ADMIN")).with(csrf())
			.param("name", "electrolyte wetting")
			.param("label", "Electrolyte wetting test")
			.param("inputKinds", "SEPARATOR_LOT")
			.param("minInputs", "1")
			.param("maxInputs", "1")
			.param("produces", "")
			.param("active", "true")
			.param("parameters[0].name", "contactAngleDeg")
			.param("parameters[0].label", "Contact angle")
			.param("parameters[0].type", "NUMBER")
			.param("parameters[0].required", "true")
			.param("parameters[0].min", "0")
			.param("parameters[0].max", "180")
			.param("parameters[1].name", "")
			.param("parameters[1].type", "TEXT"))
			.andExpect(redirectedUrl("/admin/step-templates"));
		this.mvc.perform(get("/admin/step-templates").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("ELECTROLYTE_WETTING")))
			.andExpect(content().string(containsString("contactAngleDeg")));
		this.mvc.perform(get("/admin/step-templates/ELECTROLYTE_WETTING").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contact angle")));
	}

	@Test
	void formShowsMessagesNextToTheFields() throws Exception {
		this.mvc.perform(post("/admin/step-templates").with(user("admin").roles("ADMIN")).with(csrf())
			.param("name", "x")
			.param("label", "")
			.param("parameters[0].name", "Bad Name")
			.param("parameters[0].label", "Bad")
			.param("parameters[0].type", "NUMBER")
			.param("parameters[0].unit", "furlong"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be 3 to 64 letters")))
			.andExpect(content().string(containsString("unknown unit &#39;furlong&#39;")))
			.andExpect(content().string(containsString("camelCase identifier")));
	}

	@Test
	void labMembersCannotOpenTemplateAdministration() throws Exception {
		this.mvc.perform(get("/admin/step-templates").with(user("member").roles("LAB_MEMBER")))
			.andExpect(status().isForbidden());
	}

}
