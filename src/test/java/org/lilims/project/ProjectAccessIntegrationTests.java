package org.lilims.project;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Lab members see and change their projects' records only; a group's PIs see all its projects; auditors read all.
 */
class ProjectAccessIntegrationTests extends IntegrationTest {

	private static final String PASSWORD = "long-enough-password";

	@Autowired
	MockMvc mvc;

	private String suffix;

	private String group;

	private String project;

	@BeforeEach
	void groupWithProject() throws Exception {
		this.suffix = UUID.randomUUID().toString().substring(0, 6);
		for (String role : new String[] { "pi", "member", "outsider" }) {
			user(role, role.equals("pi") ? "PI" : "LAB_MEMBER");
		}
		user("auditor", "AUDITOR");
		this.group = "ANODE-" + this.suffix.toUpperCase();
		this.mvc.perform(post("/api/v1/admin/groups").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"%s\", \"name\": \"Anode coatings\"}".formatted(this.group)))
			.andExpect(status().isCreated());
		this.mvc.perform(put("/api/v1/admin/groups/" + this.group + "/members/" + name("pi")).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"PI\"}")).andExpect(status().isOk());
		this.project = "LZLN-" + this.suffix.toUpperCase();
		this.mvc.perform(post("/api/v1/projects").with(as("pi")).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code": "%s", "name": "LZLN coatings 2026", "group": "%s", "members": ["%s"]}"""
				.formatted(this.project, this.group, name("member"))))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.members", hasItem(name("member"))))
			.andExpect(jsonPath("$.leads", hasItem(name("pi"))));
	}

	@Test
	void membersWorkInTheirProjectAndOthersCannotSeeIt() throws Exception {
		String lot = JsonPath.read(this.mvc.perform(post("/api/v1/lots").with(as("member"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind": "LI_FOIL_LOT", "quantity": {"value": 10, "unit": "cm2"},
					 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": 500}}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.project").value(this.project))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.code");

		this.mvc.perform(get("/api/v1/samples/" + lot).with(as("outsider"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/samples/" + lot + "/audit").with(as("outsider")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/audit").param("entityType", "sample").param("entityId", lot).with(as("outsider")))
			.andExpect(jsonPath("$").isEmpty());
		this.mvc.perform(get("/api/v1/audit").param("entityType", "sample").param("entityId", lot).with(as("member")))
			.andExpect(jsonPath("$[0].action").value("CREATED"));
		this.mvc.perform(multipart("/api/v1/files").file(new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes()))
			.param("targetType", "sample").param("targetId", lot).with(as("outsider")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/samples?kind=LI_FOIL_LOT&size=200").with(as("outsider")))
			.andExpect(jsonPath("$.content[*].code", not(hasItem(lot))));
		this.mvc.perform(post("/api/v1/steps").with(as("outsider")).contentType(MediaType.APPLICATION_JSON).content("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 1, "unit": "cm2"}}],
				 "parameters": {"finalThicknessUm": 130}}""".formatted(lot)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("inputs[0].code"));

		this.mvc.perform(get("/api/v1/samples/" + lot).with(as("pi"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/samples/" + lot).with(as("auditor"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/samples?project=" + this.project).with(as("member")))
			.andExpect(jsonPath("$.content[*].code", hasItem(lot)));
		this.mvc.perform(post("/api/v1/steps").with(as("member")).contentType(MediaType.APPLICATION_JSON).content("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 1, "unit": "cm2"}}],
				 "parameters": {"finalThicknessUm": 130}}""".formatted(lot)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.samples[0].project").value(this.project));
	}

	@Test
	void userOutsideResearchProjectsRecordsInTheOpenDefaultProjectOnly() throws Exception {
		this.mvc.perform(post("/api/v1/lots").with(as("outsider")).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "ELECTROLYTE_LOT", "quantity": {"value": 10, "unit": "mL"},
				 "parameters": {"composition": "1 M LiPF6 in EC/EMC 3:7", "supplier": "E-Lyte"}}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.project").value(ProjectAccess.DEFAULT_PROJECT));
		this.mvc.perform(post("/api/v1/lots").with(as("outsider")).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "ELECTROLYTE_LOT", "quantity": {"value": 10, "unit": "mL"}, "project": "%s",
				 "parameters": {"composition": "1 M LiPF6 in EC/EMC 3:7", "supplier": "E-Lyte"}}"""
			.formatted(this.project)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("project"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("not a member of project")));
	}

	@Test
	void instrumentAccountsAndAuditorsWriteNowhere() throws Exception {
		user("robot", "INSTRUMENT");
		this.mvc.perform(post("/api/v1/lots").with(as("auditor")).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheGroupsPisManageItsProjects() throws Exception {
		this.mvc.perform(post("/api/v1/projects").with(as("member")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"X-%s\", \"name\": \"x\", \"group\": \"%s\"}".formatted(this.suffix, this.group)))
			.andExpect(status().isForbidden());
		this.mvc.perform(put("/api/v1/projects/" + this.project + "/members/" + name("outsider")).with(as("member")))
			.andExpect(status().isForbidden());
		this.mvc.perform(put("/api/v1/projects/" + this.project + "/members/" + name("outsider")).with(as("pi")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members", hasItem(name("outsider"))));
		this.mvc.perform(get("/api/v1/projects").with(as("outsider")))
			.andExpect(jsonPath("$[*].code", hasItem(this.project)));
	}

	private void user(String role, String systemRole) throws Exception {
		this.mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"%s\", \"roles\": [\"%s\"]}".formatted(name(role), PASSWORD,
					systemRole)))
			.andExpect(status().isCreated());
	}

	private String name(String role) {
		return role + "-" + this.suffix;
	}

	private RequestPostProcessor as(String role) {
		return httpBasic(name(role), PASSWORD);
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
