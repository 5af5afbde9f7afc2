package org.lilims.analysis;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.cycling.CellFixtures;
import org.lilims.cycling.CellFixtures.CoatingRun;
import org.lilims.cycling.CellFixtures.ProjectMember;
import org.lilims.simulator.SimulatedFiles;
import org.lilims.simulator.SymmetricCellGroundTruth;
import org.lilims.simulator.SymmetricCellParameters;
import org.lilims.simulator.SymmetricCellSimulator;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A full cell's data set goes through the gateway, is analysed by a job, and its metrics come back with their
 * provenance: 8 cycles of 2.30, 2.32, 2.31, 2.20, 2.00, 1.87, 1.85, 1.84 mAh (reference 2.32 mAh: 1.87 is 80.6 %, 1.85
 * is 79.7 %, so SOH 80 % at cycle 7), coulombic efficiency 90 % then 99.5 %, 14.4765 mg of NMC622 (2.30 mAh is
 * 158.88 mAh/g).
 */
class AnalysisIntegrationTests extends IntegrationTest {

	private static final double[] DISCHARGE_MAH = { 2.30, 2.32, 2.31, 2.20, 2.00, 1.87, 1.85, 1.84 };

	private static final double[] EFFICIENCY = { 90, 99.5, 99.5, 99.5, 99.5, 99.5, 99.5, 99.5 };

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private static final Path INFICON_LOG = Path.of("src/test/resources/instrument/inficon/sqc310-layout1-zn-li.csv");

	private static final Path BIOLOGIC_EIS = Path.of("src/test/resources/instrument/biologic/exampleDataBioLogic.mpt");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AnalysisWorker worker;

	private CellFixtures fixtures;

	private String token;

	@BeforeEach
	void setUp() throws Exception {
		this.fixtures = new CellFixtures(this.mvc, ADMIN_PASSWORD);
		this.token = this.fixtures.instrumentToken();
	}

	@Test
	void aLinkedDataSetIsAnalysedWithProvenanceAndServedAsMetricsCyclesAndCsv() throws Exception {
		String cell = this.fixtures.fullCell();
		String sha = upload(cell);

		awaitStatus(cell, "DONE");
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.configuration").value("FULL_CELL"))
			.andExpect(jsonPath("$.metrics[?(@.name == 'soh80Cycle')].value").value(hasItem(7.0)))
			.andExpect(jsonPath("$.metrics[?(@.name == 'soh80Cycle')].censored").value(hasItem(false)))
			.andExpect(jsonPath("$.metrics[?(@.name == 'soh70Cycle')].censored").value(hasItem(true)))
			.andExpect(jsonPath("$.metrics[?(@.name == 'initialSpecificDischargeCapacityMahPerG')].value")
				.value(hasItem(closeTo(2.30 / 0.0144765, 0.01))))
			.andExpect(jsonPath("$.metrics[?(@.name == 'averageCoulombicEfficiencyPercent')].value")
				.value(hasItem(closeTo(99.5, 1e-4))))
			.andExpect(jsonPath("$.metrics[?(@.name == 'soh80Cycle')].definition")
				.value(hasItem(containsString("reference capacity"))))
			.andExpect(jsonPath("$.provenance.fileSha256").value(sha))
			.andExpect(jsonPath("$.provenance.datasetVersion").value(1))
			.andExpect(jsonPath("$.provenance.algorithms['cycle-table']").value(1))
			.andExpect(jsonPath("$.provenance.algorithms['full-cell']").value(1))
			.andExpect(jsonPath("$.provenance.parameters.referenceCycles").value(3))
			.andExpect(jsonPath("$.provenance.stale").value(false));

		// on request: retention at cycle 6 (1.87 / 2.30) and the first cycle below 95 % (2.20 / 2.32 = 94.8 %: cycle 4)
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").param("retentionAt", "6").param("sohThreshold", "95")
			.with(admin()))
			.andExpect(jsonPath("$.metrics[?(@.name == 'retentionPercentAtCycle6')].value")
				.value(hasItem(closeTo(100 * 1.87 / 2.30, 1e-3))))
			.andExpect(jsonPath("$.metrics[?(@.name == 'soh95Cycle')].value").value(hasItem(4.0)));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/cycles").with(admin()))
			.andExpect(jsonPath("$.length()").value(8))
			.andExpect(jsonPath("$[1].dischargeCapacityMah").value(closeTo(2.32, 1e-6)))
			.andExpect(jsonPath("$[0].specificChargeCapacityMahPerG").value(closeTo(2.30 / 0.9 / 0.0144765, 0.01)))
			.andExpect(jsonPath("$[0].coulombicEfficiencyPercent").value(closeTo(90, 1e-4)))
			.andExpect(jsonPath("$[6].stateOfHealthPercent").value(closeTo(100 * 1.85 / 2.32, 1e-4)));
		String csv = this.mvc.perform(get("/api/v1/cells/" + cell + "/cycles.csv").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv.lines()).hasSize(9).first().asString().startsWith("cycle,chargeCapacityMah,dischargeCapacityMah");

		this.mvc.perform(get("/api/v1/analysis/cells").param("metric", "soh80Cycle").param("min", "7").param("max", "7")
			.with(admin()))
			.andExpect(jsonPath("$[*].cellCode").value(hasItem(cell)));
		this.mvc.perform(get("/api/v1/analysis/cells").param("metric", "nonsense").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("metric"));

		this.mvc.perform(get("/analysis/cells/" + cell + "/panel").with(labMember()))
			.andExpect(content().string(containsString("Cycle at SOH 80 %")))
			.andExpect(content().string(containsString("data-testid=\"analysis-provenance\"")))
			.andExpect(content().string(containsString("data-testid=\"cycles-table-slot\"")));

		// the cell page's per-cycle table shows the API's values, every cycle of these 8
		String cycles = this.mvc.perform(get("/api/v1/cells/" + cell + "/cycles").with(admin()))
			.andReturn().getResponse().getContentAsString();
		String table = page("/analysis/cells/" + cell + "/tables/cycles");
		assertThat(TableCells.rowKeys(table)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
		for (String column : List.of("dischargeCapacityMah", "coulombicEfficiencyPercent", "stateOfHealthPercent",
				"meanDischargeVoltageV", "specificChargeCapacityMahPerG")) {
			double api = JsonPath.<Double>read(cycles, "$[6]." + column);
			assertThat(TableCells.number(table, "7", column)).as(column).isCloseTo(api, within(1e-3 * Math.abs(api)));
		}
		assertThat(TableCells.headerTitle(table, "dischargeCapacityMah")).contains("Charge passed while discharging",
				"Unit: mAh");
		assertThat(table).doesNotContain("cycles-show-all");

		this.mvc.perform(get("/api/v1/analysis/metrics").with(admin()))
			.andExpect(jsonPath("$[?(@.name == 'soh80Cycle')].scope").value(hasItem("cell")))
			.andExpect(jsonPath("$[?(@.scope == 'cycle')].name").value(org.hamcrest.Matchers.hasItems("cycle",
					"dischargeCapacityMah", "specificDischargeCapacityMahPerG", "arealDischargeCapacityMahPerCm2",
					"coulombicEfficiencyPercent", "energyEfficiencyPercent", "meanChargeVoltageV",
					"endOfDischargeVoltageV", "durationSeconds", "stateOfHealthPercent")))
			.andExpect(jsonPath("$[?(@.name == 'dischargeCapacityMah')].unit").value(hasItem("mAh")))
			.andExpect(jsonPath("$[?(@.scope == 'halfCycle')].name").value(hasItem("plateauVolts")))
			.andExpect(jsonPath("$[?(@.scope == 'spectrum')].name").value(hasItem("kramersKronigMaxResidualPercent")));
	}

	@Test
	void aSymmetricCellsLifeAndNucleationOvervoltageComeFromItsSimulatedExport() throws Exception {
		String cell = this.fixtures.symmetricCell();
		this.fixtures.cyclingTest(cell, "MACCOR-SYM", "7");
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(
				SymmetricCellParameters.defaults().toBuilder().cycleLife(20).cyclesToRun(40).build());
		SymmetricCellGroundTruth truth = simulator.groundTruth();
		upload(cell, SimulatedFiles.maccorText(simulator, cell), "SIM.007");

		awaitStatus(cell, "DONE");
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andExpect(jsonPath("$.configuration").value("SYMMETRIC"))
			.andExpect(jsonPath("$.metrics[?(@.name == 'cycleLife')].value").value(hasItem((double) truth.cycleLife())))
			.andExpect(jsonPath("$.metrics[?(@.name == 'cycleLife')].censored").value(hasItem(false)))
			.andExpect(jsonPath("$.metrics[?(@.name == 'nucleationOvervoltageV')].value")
				.value(hasItem(closeTo(truth.nucleationOvervoltageVolts(), 0.005))))
			.andExpect(jsonPath("$.provenance.algorithms['symmetric-cell']").value(1))
			.andExpect(jsonPath("$.provenance.parameters.cutOffVolts").value(1.5));
		// cycle 3 at full resolution (the simulator records every 10 s or 2 mV), thinned to 50 points by LTTB
		this.mvc.perform(get("/api/v1/cells/" + cell + "/voltage").param("fromCycle", "3").param("toCycle", "3")
			.param("points", "50").with(admin()))
			.andExpect(jsonPath("$.timeSeconds.length()").value(50))
			.andExpect(jsonPath("$.rows").value(org.hamcrest.Matchers.greaterThan(50)))
			.andExpect(jsonPath("$.truncated").value(false));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/voltage").param("points", "1").with(admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("points"));
		String halfCycles = this.mvc.perform(get("/api/v1/cells/" + cell + "/half-cycles").with(admin()))
			.andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2 * truth.cycleLife())))
			.andReturn().getResponse().getContentAsString();
		int count = JsonPath.<Integer>read(halfCycles, "$.length()");

		// the page shows the half-cycles of the first ten, round-numbered and last cycles, and all on request
		String selection = page("/analysis/cells/" + cell + "/tables/half-cycles");
		List<Integer> cyclesShown = TableCells.column(selection, "cycle").stream().map(Integer::valueOf).toList();
		int lastCycle = JsonPath.<Integer>read(halfCycles, "$[-1].cycle");
		assertThat(cyclesShown).contains(1, 10, 20, lastCycle).doesNotContain(11, 19);
		assertThat(selection).contains("half-cycles-show-all", "Show all " + count + " half-cycles");
		String all = page("/analysis/cells/" + cell + "/tables/half-cycles?all=true");
		assertThat(TableCells.rowKeys(all)).hasSize(count).doesNotHaveDuplicates();
		assertThat(all).doesNotContain("half-cycles-show-all");
		for (String column : List.of("plateauVolts", "peakVolts", "tipVolts", "chargeMilliampHours")) {
			double api = JsonPath.<Double>read(halfCycles, "$[4]." + column);
			int index = JsonPath.<Integer>read(halfCycles, "$[4].index");
			assertThat(TableCells.number(all, String.valueOf(index), column)).as(column)
				.isCloseTo(api, within(1e-3 * Math.abs(api)));
		}
		assertThat(TableCells.text(all, "1", "shape"))
			.isEqualTo(JsonPath.<String>read(halfCycles, "$[0].shape").toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		assertThat(TableCells.headerTitle(all, "plateauVolts")).contains("10 % to 90 %", "Unit: V");
	}

	@Test
	void theMetricSearchListsReadableCellsOnlyAndTakesCensoredValuesAsLowerBounds() throws Exception {
		ProjectMember insider = this.fixtures.newProjectWithMember();
		ProjectMember outsider = this.fixtures.newProjectWithMember();
		CellFixtures closedProject = this.fixtures.inProject(insider.code());
		String ended = cycledSymmetricCell(closedProject, 20, 40);
		// still cycling when the file was sent: its cycle life is only known to exceed the cycles run
		String running = cycledSymmetricCell(closedProject, 200, 30);
		awaitStatus(ended, "DONE");
		awaitStatus(running, "DONE");
		double life = cycleLife(ended, false);
		double bound = cycleLife(running, true);
		assertThat(life).isLessThan(bound);

		// "cycle life > bound": the censored bound reaches the minimum, so the running cell is known to qualify
		assertThat(search(insider.member(), "min", bound)).contains(running).doesNotContain(ended);
		// "cycle life > bound + 1": the running cell might still fail before, so it is not listed as matching
		assertThat(search(insider.member(), "min", bound + 1)).doesNotContain(running, ended);
		assertThat(search(insider.member(), "min", life)).contains(running, ended);
		// a maximum: only a known value lies below it
		assertThat(search(insider.member(), "max", bound + 1000)).contains(ended).doesNotContain(running);

		// a member of another project sees neither cell, as it cannot read their metrics
		assertThat(search(outsider.member(), "min", 0)).doesNotContain(running, ended);
		this.mvc.perform(get("/api/v1/cells/" + running + "/metrics").with(outsider.member()))
			.andExpect(status().isNotFound());
	}

	private String cycledSymmetricCell(CellFixtures fixtures, int cycleLife, int cyclesRun) throws Exception {
		String cell = fixtures.symmetricCell();
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(
				SymmetricCellParameters.defaults().toBuilder().cycleLife(cycleLife).cyclesToRun(cyclesRun).build());
		upload(cell, SimulatedFiles.maccorText(simulator, cell), "SIM_" + cell + ".007");
		return cell;
	}

	private double cycleLife(String cell, boolean censored) throws Exception {
		String body = this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andReturn().getResponse().getContentAsString();
		List<Boolean> censoring = JsonPath.read(body, "$.metrics[?(@.name == 'cycleLife')].censored");
		assertThat(censoring).as("cycle life of " + cell + " censored").containsExactly(censored);
		List<Double> values = JsonPath.read(body, "$.metrics[?(@.name == 'cycleLife')].value");
		return values.get(0);
	}

	private List<String> search(RequestPostProcessor user, String bound, double value) throws Exception {
		String body = this.mvc.perform(get("/api/v1/analysis/cells").param("metric", "cycleLife")
			.param(bound, String.valueOf(value)).with(user))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$[*].cellCode");
	}

	@Test
	void impedanceSpectraAreFittedAndGiveTheInterphaseResistance() throws Exception {
		String cell = this.fixtures.symmetricCell();
		// a unique trailing blank line makes these bytes this test's own record
		byte[] spectrum = (Files.readString(BIOLOGIC_EIS, Charset.forName("windows-1252"))
				+ "\r\n".repeat(1 + Math.floorMod(UUID.randomUUID().hashCode(), 500)))
			.getBytes(Charset.forName("windows-1252"));
		upload(cell, spectrum, "eis_C01.mpt");

		await().atMost(PATIENCE).until(() -> !this.mvc.perform(get("/api/v1/cells/" + cell + "/eis").with(admin()))
			.andReturn().getResponse().getContentAsString().equals("[]"));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/eis").with(admin()))
			.andExpect(jsonPath("$[0].parameters.circuit").value("R0-p(R1,CPE1)-W1"))
			.andExpect(jsonPath("$[0].algorithms['eis-circuit-fit']").value(1))
			.andExpect(jsonPath("$[0].spectra[0].converged").value(true))
			.andExpect(jsonPath("$[0].spectra[0].kramersKronigMaxResidualPercent").isNumber())
			.andExpect(jsonPath("$[0].spectra[0].interphaseResistanceOhms").value(org.hamcrest.Matchers.greaterThan(0.0)))
			.andExpect(jsonPath("$[0].spectra[0].parameters[*].name").value(org.hamcrest.Matchers.contains("R0", "R1",
					"CPE1_0", "CPE1_1", "W1")))
			.andExpect(jsonPath("$[0].spectra[0].fittedRealOhms.length()").value(org.hamcrest.Matchers.greaterThan(10)));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andExpect(jsonPath("$.metrics[?(@.name == 'interphaseResistanceOhm')].unit").value(hasItem("Ω")))
			.andExpect(jsonPath("$.impedanceProvenance.fileName").value("eis_C01.mpt"));

		String eis = this.mvc.perform(get("/api/v1/cells/" + cell + "/eis").with(admin()))
			.andReturn().getResponse().getContentAsString();
		String table = page("/analysis/cells/" + cell + "/tables/eis");
		String spectrumNumber = String.valueOf(JsonPath.<Integer>read(eis, "$[0].spectra[0].spectrum"));
		double rInt = JsonPath.<Double>read(eis, "$[0].spectra[0].interphaseResistanceOhms");
		double rIntError = JsonPath.<Double>read(eis, "$[0].spectra[0].interphaseResistanceStandardErrorOhms");
		String shown = TableCells.text(table, spectrumNumber, "interphaseResistanceOhms");
		assertThat(Double.parseDouble(shown.split(" ± ")[0])).isCloseTo(rInt, within(1e-3 * rInt));
		assertThat(Double.parseDouble(shown.split(" ± ")[1])).isCloseTo(rIntError, within(1e-3 * rIntError));
		double r0 = JsonPath.<Double>read(eis, "$[0].spectra[0].parameters[0].value");
		assertThat(Double.parseDouble(TableCells.text(table, spectrumNumber, "R0").split(" ± ")[0]))
			.isCloseTo(r0, within(1e-3 * Math.abs(r0)));
		double residual = JsonPath.<Double>read(eis, "$[0].spectra[0].kramersKronigMaxResidualPercent");
		assertThat(TableCells.number(table, spectrumNumber, "kramersKronigMaxResidualPercent"))
			.isCloseTo(residual, within(1e-3 * residual));
		double rmse = JsonPath.<Double>read(eis, "$[0].spectra[0].rmseOhms");
		assertThat(TableCells.number(table, spectrumNumber, "rmseOhms")).isCloseTo(rmse, within(1e-3 * rmse));
		assertThat(TableCells.headerTitle(table, "R0")).contains("Element R0", "standard error", "Unit: Ω");
		assertThat(table).contains("eis_C01.mpt", "eis-circuit-fit v1");

		// an impedance result of an older fit makes the cell's analysis stale, though it has no cycling result
		this.jdbc.sql("update analysis.result set algorithms = '{\"eis-circuit-fit\": 0}' where cell_code = :cell")
			.param("cell", cell).update();
		this.mvc.perform(get("/analysis/cells/" + cell + "/panel").with(labMember()))
			.andExpect(content().string(containsString("data-testid=\"analysis-stale\"")))
			.andExpect(content().string(containsString("data-testid=\"eis-table-slot\"")));
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(labMember()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void theNewerVersionOfAGrowingFileSupersedesTheOlderForTheAnalysis() throws Exception {
		String cell = this.fixtures.fullCell();
		String name = "GROW_" + UUID.randomUUID() + ".012";
		// the export as the cycler wrote it after 5 cycles, then after 8: the same data set grown
		upload(cell, SyntheticMaccorExport.fullCell(cell, Arrays.copyOf(DISCHARGE_MAH, 5), Arrays.copyOf(EFFICIENCY, 5)),
				name);
		awaitStatus(cell, "DONE");
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andExpect(jsonPath("$.provenance.datasetVersion").value(1))
			.andExpect(jsonPath("$.metrics[?(@.name == 'soh80Cycle')].censored").value(hasItem(true)));

		String newer = upload(cell, SyntheticMaccorExport.fullCell(cell, DISCHARGE_MAH, EFFICIENCY), name);
		await().atMost(PATIENCE).until(() -> JsonPath.<Integer>read(this.mvc.perform(get("/api/v1/cells/" + cell
				+ "/metrics").with(admin())).andReturn().getResponse().getContentAsString(),
				"$.provenance.datasetVersion") == 2);
		awaitStatus(cell, "DONE");
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andExpect(jsonPath("$.provenance.fileSha256").value(newer))
			.andExpect(jsonPath("$.metrics[?(@.name == 'soh80Cycle')].value").value(hasItem(7.0)))
			.andExpect(jsonPath("$.metrics[?(@.name == 'soh80Cycle')].censored").value(hasItem(false)));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/cycles").with(admin()))
			.andExpect(jsonPath("$.length()").value(8));
		assertThat(this.jdbc.sql("select dataset_version from analysis.result where cell_code = :cell and current")
			.param("cell", cell).query(Integer.class).list()).as("only the newer version's result is current")
			.containsExactly(2);
	}

	@Test
	void aResultOfAnOlderAlgorithmVersionIsStaleUntilRecomputed() throws Exception {
		String cell = this.fixtures.fullCell();
		upload(cell);
		awaitStatus(cell, "DONE");
		this.jdbc.sql("update analysis.result set algorithms = '{\"cycle-table\": 0, \"full-cell\": 1}' "
				+ "where cell_code = :cell").param("cell", cell).update();
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andExpect(jsonPath("$.provenance.stale").value(true));

		this.mvc.perform(post("/api/v1/cells/" + cell + "/analysis").with(admin()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$[0].state").value("PENDING"))
			.andExpect(jsonPath("$[0].reason").value("recomputation requested"));

		await().atMost(PATIENCE).until(() -> !stale(cell));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.provenance.algorithms['cycle-table']").value(1));
	}

	@Test
	void depositionResultsKeepTheirTargetsAndAdministratorsRecomputeEveryStaleResult() throws Exception {
		String cell = this.fixtures.fullCell();
		upload(cell);
		CoatingRun run = this.fixtures.zincCoatingRun();
		String log = Files.readString(INFICON_LOG, StandardCharsets.ISO_8859_1)
			.replace("Process: ZnLi-bilayer", "Process: ZnLi-" + UUID.randomUUID());
		this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", "run_" + run.coatedFoil() + ".log", "text/plain",
					log.getBytes(StandardCharsets.ISO_8859_1)))
			.param("instrumentId", "PVD-AN")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stepId").value(run.stepId()));
		awaitStatus(cell, "DONE");
		String deposition = "/api/v1/steps/" + run.stepId() + "/deposition";
		await().atMost(PATIENCE).until(() -> !this.mvc.perform(get(deposition).with(admin()))
			.andReturn().getResponse().getContentAsString().equals("[]"));
		this.mvc.perform(get(deposition).with(admin()))
			.andExpect(jsonPath("$[0].parameters.targets[0].material").value("Zn"))
			.andExpect(jsonPath("$[0].parameters.targets[0].targetThicknessNm").value(300.0))
			.andExpect(jsonPath("$[0].parameters.targets[0].rateNmPerS").value(0.5))
			.andExpect(jsonPath("$[0].stale").value(false));

		// both results as an older version of their algorithm would have left them
		this.jdbc.sql("update analysis.result set algorithms = '{\"cycle-table\": 0, \"full-cell\": 1}' "
				+ "where cell_code = :cell").param("cell", cell).update();
		this.jdbc.sql("update analysis.result set algorithms = '{\"deposition-layers\": 0}' where step_id = :step")
			.param("step", run.stepId()).update();
		this.mvc.perform(get(deposition).with(admin())).andExpect(jsonPath("$[0].stale").value(true));

		this.mvc.perform(post("/api/v1/analysis/recompute-stale").with(labMember()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/analysis/recompute-stale").with(admin()))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.queued").value(org.hamcrest.Matchers.greaterThanOrEqualTo(2)));

		await().atMost(PATIENCE).until(() -> !stale(cell) && !(Boolean) JsonPath.read(this.mvc
			.perform(get(deposition).with(admin())).andReturn().getResponse().getContentAsString(), "$[0].stale"));
		this.mvc.perform(get(deposition).with(admin()))
			.andExpect(jsonPath("$[0].algorithms['deposition-layers']").value(1))
			.andExpect(jsonPath("$[0].parameters.targets[0].material").value("Zn"));
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andExpect(jsonPath("$.jobs[0].reason").value("result of an older algorithm version recomputed"))
			.andExpect(jsonPath("$.provenance.algorithms['cycle-table']").value(1));
	}

	@Test
	void aJobThatKeepsFailingEndsFailedAndTheCellSaysWhy() throws Exception {
		String cell = this.fixtures.fullCell();
		this.jdbc.sql("insert into analysis.job (instrument_file_id, cell_code, reason, state, attempts, created_at) "
				+ "values (-42, :cell, 'test', 'PENDING', 2, now())").param("cell", cell).update();

		awaitStatus(cell, "FAILED");
		this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andExpect(jsonPath("$.jobs[0].failureReason").value(containsString("No instrument file with id -42")))
			.andExpect(jsonPath("$.jobs[0].attempts").value(3));
		this.mvc.perform(get("/analysis/cells/" + cell + "/panel").with(labMember()))
			.andExpect(content().string(containsString("The analysis failed: No instrument file with id -42")));
	}

	@Test
	void severalWorkersShareABurstOf200JobsAndDoEachExactlyOnce() throws Exception {
		String cell = this.fixtures.fullCell();
		upload(cell);
		awaitStatus(cell, "DONE");
		long file = this.jdbc.sql("select instrument_file_id from analysis.job where cell_code = :cell limit 1")
			.param("cell", cell).query(Long.class).single();
		for (int i = 0; i < 200; i++) {
			this.jdbc.sql("insert into analysis.job (instrument_file_id, cell_code, reason, state, created_at) "
					+ "values (:file, :cell, 'burst', 'PENDING', now())").param("file", file).param("cell", cell).update();
		}

		// two more workers race the scheduled one, as other application nodes would
		List<Thread> nodes = new ArrayList<>();
		for (int n = 0; n < 2; n++) {
			Thread node = new Thread(this.worker::scan);
			nodes.add(node);
			node.start();
		}
		for (Thread node : nodes) {
			node.join(PATIENCE.toMillis());
		}
		await().atMost(PATIENCE).until(() -> count(cell, "state = 'PENDING'") == 0);

		assertThat(count(cell, "reason = 'burst' and state = 'DONE'")).isEqualTo(200);
		assertThat(count(cell, "reason = 'burst' and attempts <> 1")).isZero();
		assertThat(this.jdbc.sql("select count(distinct result_id) from analysis.job where cell_code = :cell "
				+ "and reason = 'burst'").param("cell", cell).query(Long.class).single()).isEqualTo(200);
	}

	private long count(String cell, String condition) {
		return this.jdbc.sql("select count(*) from analysis.job where cell_code = :cell and " + condition)
			.param("cell", cell)
			.query(Long.class)
			.single();
	}

	private String upload(String cell) throws Exception {
		return upload(cell, SyntheticMaccorExport.fullCell(cell, DISCHARGE_MAH, EFFICIENCY),
				"SYN_" + UUID.randomUUID() + ".012");
	}

	private String upload(String cell, byte[] export, String name) throws Exception {
		String body = this.mvc.perform(multipart("/api/v1/gateway/files")
			.file(new MockMultipartFile("file", name, "text/plain", export))
			.param("instrumentId", "MACCOR-AN")
			.param("cellCode", cell)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.token))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("LINKED"))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.sha256");
	}

	private void awaitStatus(String cell, String expected) {
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> expected.equals(metricsStatus(cell)));
	}

	private String metricsStatus(String cell) throws Exception {
		return JsonPath.read(this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andReturn().getResponse().getContentAsString(), "$.status");
	}

	private boolean stale(String cell) throws Exception {
		String body = this.mvc.perform(get("/api/v1/cells/" + cell + "/metrics").with(admin()))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.provenance.stale");
	}

	private static RequestPostProcessor labMember() {
		return user("lab").roles("LAB_MEMBER");
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
