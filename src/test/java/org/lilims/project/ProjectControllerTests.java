package org.lilims.project;

import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

class ProjectControllerTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void adminCreatesProjectAndAddsMemberWhoThenSeesIt() throws Exception {
		String code = "P-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		String member = "member-" + code.toLowerCase();
		this.mvc.perform(post("/projects").with(user("admin").roles("ADMIN")).with(csrf())
			.param("code", code).param("name", "Li3N thickness series").param("group", "LAB"))
			.andExpect(redirectedUrl("/projects/" + code));
		this.mvc.perform(post("/projects/" + code + "/members").with(user("admin").roles("ADMIN")).with(csrf())
			.param("username", member))
			.andExpect(redirectedUrl("/projects/" + code));
		this.mvc.perform(get("/projects").with(user(member).roles("LAB_MEMBER")))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("Li3N thickness series")));
		this.mvc.perform(get("/projects/" + code).with(user(member).roles("LAB_MEMBER")))
			.andExpect(content().string(containsString(member)));
	}

	@Test
	void labMemberCannotCreateGroupsOrProjects() throws Exception {
		this.mvc.perform(post("/projects/groups").with(user("someone").roles("LAB_MEMBER")).with(csrf())
			.param("code", "HACK").param("name", "x"))
			.andExpect(redirectedUrl("/projects"))
			.andExpect(flash().attribute("error", containsString("Only administrators")));
		this.mvc.perform(post("/projects").with(user("someone").roles("LAB_MEMBER")).with(csrf())
			.param("code", "HACK-1").param("name", "x").param("group", "LAB"))
			.andExpect(flash().attribute("error", containsString("PIs and administrators")));
	}

}
