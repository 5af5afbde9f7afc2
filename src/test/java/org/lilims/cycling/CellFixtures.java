package org.lilims.cycling;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Makes Li||Li coin cells (and the electrodes they are built from) through the lot and step API, and accounts.
 */
public final class CellFixtures {

	static final Path MACCOR_001 = Path.of("src/test/resources/instrument/maccor/maccor_example.001");

	private final MockMvc mvc;

	private final RequestPostProcessor admin;

	// the project of the lots made, and so of the cells built from them (null: the default project)
	private final @Nullable String project;

	public CellFixtures(MockMvc mvc, String adminPassword) {
		this(mvc, httpBasic("admin", adminPassword), null);
	}

	private CellFixtures(MockMvc mvc, RequestPostProcessor admin, @Nullable String project) {
		this.mvc = mvc;
		this.admin = admin;
		this.project = project;
	}

	/** These fixtures making their records in {@code projectCode}. */
	public CellFixtures inProject(String projectCode) {
		return new CellFixtures(this.mvc, this.admin, projectCode);
	}

	/** A new project of the research group {@code LAB} with one new lab member, who is the only one to see it. */
	public ProjectMember newProjectWithMember() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String username = "member-" + suffix;
		created("/api/v1/admin/users", """
				{"username": "%s", "password": "a-long-enough-pw", "roles": ["LAB_MEMBER"]}""".formatted(username),
				"$.username");
		String code = created("/api/v1/projects", """
				{"code": "P-%s", "name": "closed project", "group": "LAB", "members": ["%s"]}"""
			.formatted(suffix.toUpperCase(java.util.Locale.ROOT), username), "$.code");
		return new ProjectMember(code, httpBasic(username, "a-long-enough-pw"));
	}

	/** A fresh batch of 10 punched Li electrodes. */
	String liElectrodes() throws Exception {
		String liLot = liFoilLot();
		return produced("""
				{"type": "PUNCHING", "inputs": [{"code": "%s"}], "parameters": {"diameterMm": 12, "count": 10}}"""
			.formatted(liLot));
	}

	/**
	 * A PVD coating run on a fresh Li foil lot that evaporated Zn to 300 nm at 0.5 nm/s (the layer of the Inficon
	 * fixture {@code sqc310-layout1-zn-li.csv}).
	 */
	public CoatingRun zincCoatingRun() throws Exception {
		String body = body("/api/v1/steps", """
				{"type": "PVD_COATING", "inputs": [{"code": "%s", "consumed": {"value": 10, "unit": "cm2"}}],
				 "parameters": {"coatingVariant": "LZ",
				   "layers": [{"kind": "EVAPORATION", "material": "Zn", "targetThicknessNm": 300, "rateNmPerS": 0.5}]}}"""
			.formatted(liFoilLot()));
		return new CoatingRun(((Number) JsonPath.read(body, "$.stepId")).longValue(),
				JsonPath.read(body, "$.produced[0]"));
	}

	/** A fresh symmetric Li||Li CR2032 cell. */
	public String symmetricCell() throws Exception {
		String electrodes = liElectrodes();
		String separator = separatorLot();
		String electrolyte = electrolyteLot();
		return produced("""
				{"type": "CELL_ASSEMBLY",
				 "inputs": [{"code": "%1$s", "role": "workingElectrode"}, {"code": "%1$s", "role": "counterElectrode"},
				            {"code": "%2$s"}, {"code": "%3$s"}],
				 "parameters": {"format": "CR2032", "configuration": "SYMMETRIC", "electrolyteVolumeUl": 60}}"""
			.formatted(electrodes, separator, electrolyte));
	}

	/**
	 * A fresh symmetric Li||Li CR2032 cell whose electrodes are punched from roll-pressed Li (Li_rp) coated by PVD with
	 * the given variant, e.g. {@code LZLN}: Zn and Li evaporated, then reacted with N2.
	 */
	public String coatedSymmetricCell(String coatingVariant) throws Exception {
		String liLot = liFoilLot();
		String pressed = produced("""
				{"type": "ROLL_PRESSING", "inputs": [{"code": "%s", "consumed": {"value": 10, "unit": "cm2"}}],
				 "parameters": {"finalThicknessUm": 130, "releaseFoil": "siliconised PET", "dewPointC": -50}}"""
			.formatted(liLot));
		String coated = produced("""
				{"type": "PVD_COATING", "inputs": [{"code": "%s", "consumed": {"value": 20, "unit": "cm2"}}],
				 "parameters": {"coatingVariant": "%s", "layers": [
				   {"kind": "EVAPORATION", "material": "Zn", "boat": "W", "targetThicknessNm": 300, "rateNmPerS": 0.5},
				   {"kind": "EVAPORATION", "material": "Li", "boat": "Ta", "targetThicknessNm": 100, "rateNmPerS": 1},
				   {"kind": "GAS_REACTION", "gas": "N2", "pressureMbar": 500, "durationMin": 3}]}}"""
			.formatted(pressed, coatingVariant));
		String electrodes = produced("""
				{"type": "PUNCHING", "inputs": [{"code": "%s"}], "parameters": {"diameterMm": 12, "count": 10}}"""
			.formatted(coated));
		return produced("""
				{"type": "CELL_ASSEMBLY",
				 "inputs": [{"code": "%1$s", "role": "workingElectrode"}, {"code": "%1$s", "role": "counterElectrode"},
				            {"code": "%2$s"}, {"code": "%3$s"}],
				 "parameters": {"format": "CR2032", "configuration": "SYMMETRIC", "electrolyteVolumeUl": 60}}"""
			.formatted(electrodes, separatorLot(), electrolyteLot()));
	}

	/**
	 * A fresh NMC622||Li CR2032 full cell: cathode sheet of 12.8 mg/cm² active mass punched at Ø12 mm (14.4765 mg of
	 * NMC622), Li electrodes of the same size.
	 */
	public String fullCell() throws Exception {
		String liElectrodes = liElectrodes();
		String cathodeLot = lot("""
				{"kind": "CATHODE_SHEET_LOT", "quantity": {"value": 50, "unit": "cm2"},
				 "parameters": {"activeMaterial": "NMC622", "arealCapacityMahPerCm2": 2.3, "massLoadingMgPerCm2": 12.8,
				                "supplier": "Pilot line A"}}""");
		String cathodes = produced("""
				{"type": "PUNCHING", "inputs": [{"code": "%s"}], "parameters": {"diameterMm": 12, "count": 4}}"""
			.formatted(cathodeLot));
		String separator = separatorLot();
		String electrolyte = electrolyteLot();
		return produced("""
				{"type": "CELL_ASSEMBLY",
				 "inputs": [{"code": "%s", "role": "workingElectrode"}, {"code": "%s", "role": "counterElectrode"},
				            {"code": "%s"}, {"code": "%s"}],
				 "parameters": {"format": "CR2032", "configuration": "FULL_CELL", "electrolyteVolumeUl": 80}}"""
			.formatted(cathodes, liElectrodes, separator, electrolyte));
	}

	private String separatorLot() throws Exception {
		return lot("""
				{"kind": "SEPARATOR_LOT", "quantity": {"value": 10, "unit": "pcs"},
				 "parameters": {"product": "Celgard 2325", "supplier": "Celgard"}}""");
	}

	private String electrolyteLot() throws Exception {
		return lot("""
				{"kind": "ELECTROLYTE_LOT", "quantity": {"value": 1, "unit": "mL"},
				 "parameters": {"composition": "1 M LiPF6 in EC/EMC 3:7", "supplier": "E-Lyte"}}""");
	}

	/** A new account with only the auditor role; returns its credentials. */
	RequestPostProcessor auditor() throws Exception {
		String username = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
		created("/api/v1/admin/users", """
				{"username": "%s", "password": "a-long-enough-pw", "roles": ["AUDITOR"]}""".formatted(username),
				"$.username");
		return httpBasic(username, "a-long-enough-pw");
	}

	/** A planned symmetric plating/stripping test on {@code cell}; returns its id. */
	public long cyclingTest(String cell, String cycler, String channel) throws Exception {
		String body = body("/api/v1/cells/" + cell + "/cycling-tests", """
				{"cycler": "%s", "channel": "%s", "temperatureC": 25,
				 "protocol": {"type": "SYMMETRIC_PLATING_STRIPPING", "currentDensityMaPerCm2": 2,
				              "arealCapacityMahPerCm2": 0.5, "cutoffVoltageV": 1.5}}""".formatted(cycler, channel));
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	/** A new account with only the instrument role; returns an API token of it, as an agent uses. */
	public String instrumentToken() throws Exception {
		String username = "agent-" + UUID.randomUUID().toString().substring(0, 8);
		created("/api/v1/admin/users", """
				{"username": "%s", "password": "a-long-enough-pw", "roles": ["INSTRUMENT"]}""".formatted(username),
				"$.username");
		return JsonPath.read(this.mvc.perform(post("/api/v1/me/tokens").with(httpBasic(username, "a-long-enough-pw"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"agent\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.token");
	}

	/**
	 * A MACCOR export without any cell code, sent by an administrator from {@code instrument} channel 5 where no
	 * cycling test runs: it waits in the gateway's inbox. Returns its gateway id.
	 */
	long unmatchedFile(String instrument, String name) throws Exception {
		String text = Files.readString(MACCOR_001, StandardCharsets.ISO_8859_1)
			.replace("SET-LN3024-104, Targray", "no cell " + UUID.randomUUID().toString().replace("-", ""));
		String body = this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", name, "application/octet-stream",
					text.getBytes(StandardCharsets.ISO_8859_1)))
			.param("instrumentId", instrument)
			.param("channel", "5")
			.with(this.admin))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("UNMATCHED"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	RequestPostProcessor admin() {
		return this.admin;
	}

	private String liFoilLot() throws Exception {
		return lot("""
				{"kind": "LI_FOIL_LOT", "quantity": {"value": 50, "unit": "cm2"},
				 "parameters": {"supplier": "China Energy Lithium", "supplierLot": "CEL-1", "thicknessUm": 500}}""");
	}

	private String lot(String json) throws Exception {
		String inProject = (this.project == null) ? json
				: json.replaceFirst("\\{", "{\"project\": \"" + this.project + "\", ");
		return created("/api/v1/lots", inProject, "$.code");
	}

	private String produced(String step) throws Exception {
		List<String> codes = JsonPath.read(body("/api/v1/steps", step), "$.produced");
		assertThat(codes).hasSize(1);
		return codes.get(0);
	}

	private String created(String path, String json, String field) throws Exception {
		return JsonPath.read(body(path, json), field);
	}

	private String body(String path, String json) throws Exception {
		return this.mvc.perform(post(path).with(this.admin).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * A project and the credentials of its only member.
	 *
	 * @param code the project
	 * @param member its member's credentials
	 */
	public record ProjectMember(String code, RequestPostProcessor member) {
	}

	/**
	 * A PVD coating run.
	 *
	 * @param stepId its step
	 * @param coatedFoil the foil it produced
	 */
	public record CoatingRun(long stepId, String coatedFoil) {
	}

}
