package org.lilims.study;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CellFixtures;
import org.lilims.simulator.BiologicPeisWriter;
import org.lilims.simulator.EisCircuitParameters;
import org.lilims.simulator.EisSimulator;
import org.lilims.simulator.FullCellParameters;
import org.lilims.simulator.FullCellSimulator;
import org.lilims.simulator.SimulatedFiles;
import org.lilims.simulator.SimulatedSpectrum;
import org.lilims.simulator.SymmetricCellParameters;
import org.lilims.simulator.SymmetricCellSimulator;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Analysed symmetric cells for studies: built through the lot and step API, put on a cycling test at a chosen current
 * density, and given a simulated MACCOR export with a known cycle life through the gateway.
 */
final class StudyFixtures {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private static final Path DEPOSITION_LOG = Path.of("src/test/resources/instrument/inficon/sqc310-layout1-zn-li.csv");

	private static final AtomicInteger CHANNELS = new AtomicInteger(100);

	private final MockMvc mvc;

	private final CellFixtures fixtures;

	private final RequestPostProcessor admin;

	private final String token;

	StudyFixtures(MockMvc mvc, String adminPassword) throws Exception {
		this.mvc = mvc;
		this.fixtures = new CellFixtures(mvc, adminPassword);
		this.admin = httpBasic("admin", adminPassword);
		this.token = this.fixtures.instrumentToken();
	}

	/** A symmetric cell on a test at that current density, with a simulated export sent through the gateway. */
	String analysedCell(double currentDensity, int cycleLife, int cyclesToRun) throws Exception {
		return analysedCell(null, currentDensity, cycleLife, cyclesToRun);
	}

	/** The same, with electrodes of that PVD coating variant (uncoated Li_rp when null). */
	String analysedCell(@Nullable String coating, double currentDensity, int cycleLife, int cyclesToRun)
			throws Exception {
		String cell = (coating != null) ? this.fixtures.coatedSymmetricCell(coating) : this.fixtures.symmetricCell();
		this.mvc.perform(post("/api/v1/cells/" + cell + "/cycling-tests").with(this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"cycler": "MACCOR-STUDY", "channel": "%d", "temperatureC": 25,
					 "protocol": {"type": "SYMMETRIC_PLATING_STRIPPING", "currentDensityMaPerCm2": %s,
					              "arealCapacityMahPerCm2": 0.5, "cutoffVoltageV": 1.5}}"""
				.formatted(CHANNELS.incrementAndGet(), currentDensity)))
			.andExpect(status().isCreated());
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(SymmetricCellParameters.defaults()
			.toBuilder()
			.currentDensityMilliampPerCm2(currentDensity)
			.cycleLife(cycleLife)
			.cyclesToRun(cyclesToRun)
			.build());
		upload(cell, SimulatedFiles.maccorText(simulator, cell));
		return cell;
	}

	/** An NMC622||Li full cell whose state of health falls below 80 % in that cycle, with a simulated export. */
	String analysedFullCell(int soh80Cycle, int cyclesToRun, long seed) throws Exception {
		String cell = this.fixtures.fullCell();
		upload(cell, SimulatedFiles.maccorText(
				new FullCellSimulator(FullCellParameters.defaults().withLife(soh80Cycle, cyclesToRun, seed)), cell));
		return cell;
	}

	/**
	 * A simulated impedance spectrum of the cell (BioLogic export) measured that many hours after its cycling began,
	 * sent through the gateway.
	 */
	void impedance(String cell, int hoursAfterStart, long seed) throws Exception {
		SimulatedSpectrum sweep = EisSimulator.sweep(new EisCircuitParameters(4, 40 + seed, 2e-5, 0.85, 15), 0.002,
				seed);
		upload(cell, BiologicPeisWriter.write(sweep, SimulatedFiles.START.plusHours(hoursAfterStart), 1,
				cell + "_PEIS.mpr", cell), "eis_" + UUID.randomUUID() + ".mpt");
	}

	/**
	 * The PVD coating run that made the coated foil of the cell's electrodes, given an SQC-310 deposition log (named by
	 * that foil) through the gateway and analysed; returns the run's step id.
	 */
	long coatingRunWithLog(String cell) throws Exception {
		String ancestors = this.mvc.perform(get("/api/v1/samples/" + cell + "/lineage").param("direction", "ancestors")
			.with(this.admin)).andReturn().getResponse().getContentAsString();
		String foil = JsonPath.<List<String>>read(ancestors, "$.nodes[?(@.kind == 'COATED_FOIL')].code").get(0);
		long stepId = JsonPath.<List<Number>>read(ancestors, "$.edges[?(@.child == '" + foil + "')].stepId")
			.get(0)
			.longValue();
		// the process line carries a random tag: each run's log is its own record
		String log = Files.readString(DEPOSITION_LOG, StandardCharsets.ISO_8859_1)
			.replace("Process: ZnLi-bilayer", "Process: ZnLi-" + UUID.randomUUID());
		this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", "run_" + foil + ".log", "text/plain",
					log.getBytes(StandardCharsets.ISO_8859_1)))
			.param("instrumentId", "PVD-STUDY")
			.with(this.admin))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stepId").value(stepId));
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> !this.mvc
			.perform(get("/api/v1/steps/" + stepId + "/deposition").with(this.admin))
			.andReturn().getResponse().getContentAsString().equals("[]"));
		return stepId;
	}

	private void upload(String cell, byte[] export) throws Exception {
		upload(cell, export, "SIM_" + UUID.randomUUID() + ".001");
	}

	private void upload(String cell, byte[] export, String fileName) throws Exception {
		this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", fileName, "text/plain", export))
			.param("instrumentId", "MACCOR-STUDY")
			.param("cellCode", cell)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("LINKED"));
	}

	void awaitAnalysed(List<String> cells) {
		for (String cell : cells) {
			await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> "DONE".equals(JsonPath.read(
					this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(this.admin))
						.andReturn().getResponse().getContentAsString(), "$.status")));
		}
	}

	/** Creates a study through the API (as the administrator) and returns its id. */
	long createStudy(String json) throws Exception {
		String body = this.mvc.perform(post("/api/v1/studies").with(this.admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
