package org.lilims.instrument.agent;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The agent against the running application over HTTP: a MACCOR export whose folder names the cell arrives once,
 * is parsed and linked; a garbage file ends FAILED.
 */
class AgentToGatewayIntegrationTests extends IntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path watched;

	@TempDir
	Path agentHome;

	@Test
	void deliversExportsThatAreParsedAndLinkedToTheirCell() throws Exception {
		String cell = cell();
		Path export = this.watched.resolve(cell).resolve("run.001");
		Files.createDirectories(export.getParent());
		Files.writeString(export, Files.readString(Path.of("src/test/resources/instrument/maccor/maccor_example.001"),
				StandardCharsets.ISO_8859_1) + "\n\n\n\n", StandardCharsets.ISO_8859_1);
		Files.writeString(this.watched.resolve("garbage.txt"), "not an instrument file " + UUID.randomUUID());

		WatchFolderAgent agent = new WatchFolderAgent(new AgentSettings(this.watched,
				URI.create("http://localhost:" + this.port + "/"), instrumentToken(), "MACCOR-AGENT", null,
				Duration.ZERO, Duration.ofSeconds(1), this.agentHome.resolve("sent.tsv")), Clock.systemUTC());
		assertThat(agent.scanOnce()).isEqualTo(2);
		assertThat(agent.scanOnce()).isZero();

		String files = this.mvc.perform(get("/api/v1/gateway/files").with(httpBasic("admin", ADMIN_PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> linked = JsonPath.read(files,
				"$[?(@.instrumentId == 'MACCOR-AGENT' && @.state == 'LINKED')].cellCode");
		List<String> failed = JsonPath.read(files,
				"$[?(@.instrumentId == 'MACCOR-AGENT' && @.state == 'FAILED')].originalName");
		assertThat(linked).containsExactly(cell);
		assertThat(failed).containsExactly("garbage.txt");
	}

	private String instrumentToken() throws Exception {
		String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(post("/api/v1/admin/users").with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"%s\", \"password\": \"a-long-enough-pw\", \"roles\": [\"INSTRUMENT\"]}"
				.formatted(username)));
		return JsonPath.read(this.mvc.perform(post("/api/v1/me/tokens").with(httpBasic(username, "a-long-enough-pw"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"agent\"}")).andReturn().getResponse().getContentAsString(), "$.token");
	}

	private String cell() throws Exception {
		String lot = created("/api/v1/lots", """
				{"kind": "LI_FOIL_LOT", "quantity": {"value": 10, "unit": "cm2"},
				 "parameters": {"supplier": "X", "supplierLot": "1", "thicknessUm": 500}}""");
		String electrodes = produced("""
				{"type": "PUNCHING", "inputs": [{"code": "%s"}], "parameters": {"diameterMm": 12, "count": 2}}"""
			.formatted(lot));
		return produced("""
				{"type": "CELL_ASSEMBLY",
				 "inputs": [{"code": "%1$s", "role": "workingElectrode"}, {"code": "%1$s", "role": "counterElectrode"}],
				 "parameters": {"format": "CR2032", "configuration": "SYMMETRIC", "electrolyteVolumeUl": 60}}"""
			.formatted(electrodes));
	}

	private String created(String path, String json) throws Exception {
		return JsonPath.read(this.mvc.perform(post(path).with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andReturn().getResponse().getContentAsString(), "$.code");
	}

	private String produced(String json) throws Exception {
		return JsonPath.read(this.mvc.perform(post("/api/v1/steps").with(httpBasic("admin", ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andReturn().getResponse().getContentAsString(), "$.produced[0]");
	}

}
