package org.lilims.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Studies over symmetric cells simulated with known cycle lives, sent through the gateway and analysed: arms by
 * current density (each test uses its own densities, so cells of other tests never match), statistics equal to what
 * the analysis API returns for the arms' cells, censored cells counted apart, exclusions with their reasons.
 */
class StudyIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	private StudyFixtures cells;

	@BeforeEach
	void setUp() throws Exception {
		this.cells = new StudyFixtures(this.mvc, ADMIN_PASSWORD);
	}

	@Test
	void aStudysNumbersEqualWhatTheAnalysisApiReturnsForItsCells() throws Exception {
		// Li_rp at 0.31 mA/cm²: 20, 21, 19 cycles; "fast" at 0.37 mA/cm²: 36, 35, 37 and one still running after 30
		List<String> reference = List.of(this.cells.analysedCell(0.31, 20, 40), this.cells.analysedCell(0.31, 21, 40),
				this.cells.analysedCell(0.31, 19, 40));
		List<String> fast = List.of(this.cells.analysedCell(0.37, 36, 50), this.cells.analysedCell(0.37, 35, 50), this.cells.analysedCell(0.37, 37, 50),
				this.cells.analysedCell(0.37, 100, 30));
		this.cells.awaitAnalysed(reference);
		this.cells.awaitAnalysed(fast);

		long id = this.cells.createStudy("""
				{"name": "Cycle life by current density", "metrics": ["cycleLife", "nucleationOvervoltageV"],
				 "referenceArm": "Li_rp",
				 "arms": [{"name": "Li_rp", "anodeCoating": "none", "configuration": "SYMMETRIC", "currentDensityMaPerCm2": 0.31},
				          {"name": "fast", "configuration": "symmetric", "currentDensityMaPerCm2": 0.37}]}""");
		String summary = this.mvc.perform(get("/api/v1/studies/" + id + "/summary").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arms[0].name").value("Li_rp"))
			.andExpect(jsonPath("$.arms[0].cells[*].code").value(containsInAnyOrder(reference.toArray())))
			.andExpect(jsonPath("$.arms[1].cells[*].code").value(containsInAnyOrder(fast.toArray())))
			.andExpect(jsonPath("$.arms[1].comparedWith").value("Li_rp"))
			.andExpect(jsonPath("$.metrics[0].label").value("Cycle life"))
			.andReturn().getResponse().getContentAsString();

		// every value in the study is the analysis API's, and the statistics are computed from those
		List<Double> referenceLives = new ArrayList<>();
		List<Double> fastLives = new ArrayList<>();
		for (int arm = 0; arm < 2; arm++) {
			List<Map<String, Object>> cells = JsonPath.read(summary, "$.arms[" + arm + "].cells");
			for (Map<String, Object> cell : cells) {
				String code = (String) cell.get("code");
				String metrics = this.mvc.perform(get("/api/v1/cells/" + code + "/metrics").with(admin()))
					.andReturn().getResponse().getContentAsString();
				for (String metric : List.of("cycleLife", "nucleationOvervoltageV")) {
					List<Number> apiValues = JsonPath.read(metrics, "$.metrics[?(@.name == '" + metric + "')].value");
					double apiValue = apiValues.get(0).doubleValue();
					List<Boolean> apiCensored = JsonPath.read(metrics,
							"$.metrics[?(@.name == '" + metric + "')].censored");
					Map<String, Object> studyValue = JsonPath.read(cell, "$.metrics." + metric);
					assertThat(((Number) studyValue.get("value")).doubleValue()).isEqualTo(apiValue);
					assertThat(studyValue.get("censored")).isEqualTo(apiCensored.get(0));
					if (metric.equals("cycleLife") && !apiCensored.get(0)) {
						(arm == 0 ? referenceLives : fastLives).add(apiValue);
					}
				}
			}
		}
		assertThat(referenceLives).containsExactlyInAnyOrder(20.0, 21.0, 19.0);
		assertThat(fastLives).containsExactlyInAnyOrder(36.0, 35.0, 37.0);
		Map<String, Object> ref = JsonPath.read(summary, "$.arms[0].metrics.cycleLife");
		Map<String, Object> other = JsonPath.read(summary, "$.arms[1].metrics.cycleLife");
		assertThat(ref).containsEntry("n", 3).containsEntry("nCensored", 0);
		assertThat(number(ref, "median")).isEqualTo(20);
		assertThat(number(ref, "min")).isEqualTo(19);
		assertThat(number(ref, "max")).isEqualTo(21);
		assertThat(number(ref, "mean")).isCloseTo(20, within(1e-9));
		assertThat(number(ref, "sd")).isCloseTo(1, within(1e-9));
		// the censored cell ("> 30": still running after 30 cycles) is counted apart, not as a failure at 30
		assertThat(other).containsEntry("n", 3).containsEntry("nCensored", 1).containsEntry("censoringMayBias", false);
		List<Number> bounds = JsonPath.read(summary, "$.arms[1].metrics.cycleLife.censoredValues");
		assertThat(bounds).singleElement().satisfies(bound -> assertThat(bound.doubleValue()).isBetween(29.0, 30.0));
		assertThat(number(other, "mean")).isCloseTo(36, within(1e-9));
		// 36 vs 20: +80 %; SE = sqrt(1/3 + 1/3) = 0.8165, df = 4, t = 2.776445 -> 16 ± 2.2670 -> [+68.67 %, +91.33 %]
		Map<String, Object> change = JsonPath.read(summary, "$.arms[1].metrics.cycleLife.change");
		assertThat(number(change, "percent")).isCloseTo(80, within(1e-9));
		assertThat(number(change, "ciLowPercent")).isCloseTo(68.665, within(1e-3));
		assertThat(number(change, "ciHighPercent")).isCloseTo(91.335, within(1e-3));
		assertThat(change).containsEntry("referenceArm", "Li_rp");

		// the page's comparison table shows the median and range beside mean ± sd
		String page = this.mvc.perform(get("/studies/" + id).with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("median 20 [19–21]")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("median 36 [35–37]")))
			.andReturn().getResponse().getContentAsString();
		// and carries the summary it computed once, for its charts, equal to the API's
		java.util.regex.Matcher embedded = java.util.regex.Pattern
			.compile("<script type=\"application/json\" id=\"study-summary\">(.*?)</script>", java.util.regex.Pattern.DOTALL)
			.matcher(page);
		assertThat(embedded.find()).isTrue();
		String inline = embedded.group(1);
		assertThat(JsonPath.<Object>read(inline, "$.arms")).isEqualTo(JsonPath.read(summary, "$.arms"));
		assertThat(JsonPath.<Object>read(inline, "$.metrics")).isEqualTo(JsonPath.read(summary, "$.metrics"));

		// the printable report, linked from the page: the table and the charts that have data (symmetric cells only:
		// voltage windows, no state of health), no forms and no audit trail
		assertThat(page).contains("href=\"/studies/" + id + "/report\"");
		this.mvc.perform(get("/studies/" + id + "/report").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("Print / save as PDF"),
					org.hamcrest.Matchers.containsString("median 20 [19–21]"),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("data-chart=\"studyRetention\"")),
					org.hamcrest.Matchers.containsString("data-chart=\"studyVoltageWindows\""),
					org.hamcrest.Matchers.containsString("id=\"study-summary\""),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<form")),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("timeline")))));
		this.mvc.perform(get("/api/v1/studies").with(admin()))
			.andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
		this.mvc.perform(get("/api/v1/studies/" + id).with(admin()))
			.andExpect(jsonPath("$.arms[1].currentDensityMaPerCm2").value(0.37))
			.andExpect(jsonPath("$.metrics[0]").value("cycleLife"));
	}

	@Test
	void armsByAnodeCoatingCompareLzlnWithUncoatedCellsAtTheSameCurrentDensity() throws Exception {
		List<String> uncoated = List.of(this.cells.analysedCell(null, 0.53, 20, 40), this.cells.analysedCell(null, 0.53, 21, 40),
				this.cells.analysedCell(null, 0.53, 19, 40));
		List<String> lzln = List.of(this.cells.analysedCell("LZLN", 0.53, 36, 50), this.cells.analysedCell("LZLN", 0.53, 35, 50),
				this.cells.analysedCell("LZLN", 0.53, 37, 50));
		this.cells.awaitAnalysed(uncoated);
		this.cells.awaitAnalysed(lzln);
		long id = this.cells.createStudy("""
				{"name": "LZLN vs Li_rp", "metrics": ["cycleLife"], "referenceArm": "Li_rp",
				 "arms": [{"name": "Li_rp", "anodeCoating": "NONE", "configuration": "SYMMETRIC"},
				          {"name": "Li_LZLN", "anodeCoating": "lzln", "configuration": "SYMMETRIC"}],
				 "crossWithCurrentDensities": [0.53]}""");
		this.mvc.perform(get("/api/v1/studies/" + id + "/summary").with(admin()))
			.andExpect(jsonPath("$.arms[0].cells[*].code").value(containsInAnyOrder(uncoated.toArray())))
			.andExpect(jsonPath("$.arms[1].name").value("Li_LZLN @ 0.53 mA/cm²"))
			.andExpect(jsonPath("$.arms[1].cells[*].code").value(containsInAnyOrder(lzln.toArray())))
			.andExpect(jsonPath("$.arms[1].cells[0].anodeCoating").value("LZLN"))
			.andExpect(jsonPath("$.arms[1].comparedWith").value("Li_rp @ 0.53 mA/cm²"))
			.andExpect(jsonPath("$.arms[1].metrics.cycleLife.mean").value(closeTo(36, 1e-9)))
			.andExpect(jsonPath("$.arms[1].metrics.cycleLife.change.percent").value(closeTo(80, 1e-9)));
	}

	@Test
	void anExcludedCellKeepsItsReasonAndLeavesTheStatistics() throws Exception {
		String kept = this.cells.analysedCell(0.43, 20, 40);
		String defective = this.cells.analysedCell(0.43, 8, 40);
		String other = this.cells.analysedCell(0.47, 30, 40);
		this.cells.awaitAnalysed(List.of(kept, defective, other));
		// one arm crossed with two current densities, compared with the reference group at the same density
		long id = this.cells.createStudy("""
				{"name": "Exclusions", "metrics": ["cycleLife"], "referenceArm": "Li_rp",
				 "arms": [{"name": "Li_rp", "anodeCoating": "NONE"}, {"name": "Li_sym", "configuration": "SYMMETRIC"}],
				 "crossWithCurrentDensities": [0.43, 0.47]}""");
		this.mvc.perform(get("/api/v1/studies/" + id).with(admin()))
			.andExpect(jsonPath("$.arms[*].name").value(org.hamcrest.Matchers.contains("Li_rp @ 0.43 mA/cm²",
					"Li_rp @ 0.47 mA/cm²", "Li_sym @ 0.43 mA/cm²", "Li_sym @ 0.47 mA/cm²")));

		this.mvc.perform(post("/api/v1/studies/" + id + "/exclusions").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cellCode\": \"%s\", \"reason\": \"assembly defect: separator folded\"}".formatted(defective)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.exclusions[0].cellCode").value(defective))
			.andExpect(jsonPath("$.exclusions[0].reason").value("assembly defect: separator folded"));

		this.mvc.perform(get("/api/v1/studies/" + id + "/summary").with(admin()))
			.andExpect(jsonPath("$.arms[0].metrics.cycleLife.n").value(1))
			.andExpect(jsonPath("$.arms[0].metrics.cycleLife.mean").value(20.0))
			.andExpect(jsonPath("$.arms[0].cells[?(@.code == '%s')].included".formatted(defective)).value(hasItem(false)))
			.andExpect(jsonPath("$.arms[0].cells[?(@.code == '%s')].exclusionReason".formatted(defective))
				.value(hasItem("assembly defect: separator folded")))
			.andExpect(jsonPath("$.arms[1].metrics.cycleLife.mean").value(30.0))
			.andExpect(jsonPath("$.arms[2].comparedWith").value("Li_rp @ 0.43 mA/cm²"))
			.andExpect(jsonPath("$.arms[3].comparedWith").value("Li_rp @ 0.47 mA/cm²"))
			.andExpect(jsonPath("$.arms[3].metrics.cycleLife.change.percent").value(0.0))
			.andExpect(jsonPath("$.arms[3].metrics.cycleLife.change.ciLowPercent").doesNotExist());
		this.mvc.perform(get("/api/v1/audit").param("entityType", "study").param("entityId", Long.toString(id))
			.with(admin()))
			.andExpect(jsonPath("$[*].action").value(containsInAnyOrder("CREATED", "CELL_EXCLUDED")));

		// twice, or a cell of no arm: refused, naming the field
		this.mvc.perform(post("/api/v1/studies/" + id + "/exclusions").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cellCode\": \"%s\", \"reason\": \"again\"}".formatted(defective)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cellCode"));
		this.mvc.perform(post("/api/v1/studies/" + id + "/exclusions").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cellCode\": \"CC-99999\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("cellCode", "reason")));
	}

	@Test
	void fullCellsGiveStateOfHealthAndCoulombicEfficiencyCurvesWithArmMeanAndSd() throws Exception {
		List<String> full = List.of(this.cells.analysedFullCell(6, 9, 11), this.cells.analysedFullCell(7, 9, 12));
		this.cells.awaitAnalysed(full);
		long id = this.cells.createStudy("""
				{"name": "Full cells", "metrics": ["soh80Cycle"], "referenceArm": "NMC622||Li",
				 "arms": [{"name": "NMC622||Li", "configuration": "FULL_CELL"}]}""");
		String retention = this.mvc.perform(get("/studies/" + id + "/retention").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<Map<String, Object>> curves = JsonPath.read(retention, "$.arms[0].cells");
		assertThat(curves).extracting(curve -> curve.get("code")).contains(full.toArray());
		// each cell's CE is the analysis API's; the arm's mean and sd per cycle are over the cells that reached it
		for (String code : full) {
			List<Number> api = JsonPath.read(this.mvc.perform(get("/api/v1/cells/" + code + "/cycles").with(admin()))
				.andReturn().getResponse().getContentAsString(), "$[?(@.stateOfHealthPercent)].coulombicEfficiencyPercent");
			List<Number> study = JsonPath.read(retention,
					"$.arms[0].cells[?(@.code == '" + code + "')].coulombicEfficiencyPercent[*]");
			assertThat(study).map(Number::doubleValue).containsExactlyElementsOf(api.stream().map(Number::doubleValue).toList());
		}
		List<Number> meanCycles = JsonPath.read(retention, "$.arms[0].meanCycles");
		List<Number> means = JsonPath.read(retention, "$.arms[0].meanCoulombicEfficiencyPercent");
		List<Number> sds = JsonPath.read(retention, "$.arms[0].sdCoulombicEfficiencyPercent");
		for (int i = 0; i < meanCycles.size(); i++) {
			int cycle = meanCycles.get(i).intValue();
			double[] values = curves.stream().flatMap(curve -> {
				List<Number> cycles = JsonPath.read(curve, "$.cycles");
				List<Number> ce = JsonPath.read(curve, "$.coulombicEfficiencyPercent");
				int at = cycles.stream().map(Number::intValue).toList().indexOf(cycle);
				return (at < 0) ? java.util.stream.Stream.<Double>empty() : java.util.stream.Stream.of(ce.get(at).doubleValue());
			}).mapToDouble(Double::doubleValue).toArray();
			double mean = java.util.Arrays.stream(values).average().orElseThrow();
			double sd = Math.sqrt(java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
					/ Math.max(1, values.length - 1));
			assertThat(means.get(i).doubleValue()).as("cycle %d mean", cycle).isCloseTo(mean, within(1e-9));
			assertThat(sds.get(i).doubleValue()).as("cycle %d sd", cycle).isCloseTo(sd, within(1e-9));
		}
		assertThat(meanCycles).isNotEmpty();
		assertThat(sds.stream().mapToDouble(Number::doubleValue).max().orElseThrow()).isPositive();
	}

	@Test
	void symmetricCellsGiveVoltageWindowsProfilesAndInterphaseResistanceFromTheAnalysisApi() throws Exception {
		List<String> symmetric = List.of(this.cells.analysedCell(0.71, 20, 12), this.cells.analysedCell(0.71, 21, 12));
		this.cells.awaitAnalysed(symmetric);
		String eisCell = symmetric.get(0);
		this.cells.impedance(eisCell, 3, 1);
		this.cells.impedance(eisCell, 9, 2);
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> JsonPath.<Integer>read(
				this.mvc.perform(get("/api/v1/cells/" + eisCell + "/eis").with(admin())).andReturn().getResponse()
					.getContentAsString(), "$.length()") == 2);
		long id = this.cells.createStudy("""
				{"name": "Symmetric plots", "metrics": ["cycleLife"], "referenceArm": "Li_rp",
				 "arms": [{"name": "Li_rp", "configuration": "SYMMETRIC", "currentDensityMaPerCm2": 0.71}]}""");
		RequestPostProcessor page = user("admin").roles("ADMIN");

		// windows side by side: each cell's curve is the analysis API's full-resolution window, thinned to 400 points
		String windows = this.mvc.perform(get("/studies/" + id + "/voltage-windows").param("cycles", "2, 5-6").with(page))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.panels").value(org.hamcrest.Matchers.contains("cycles 2-2", "cycles 5-6")))
			.andExpect(jsonPath("$.arms[0].cells[*].code").value(containsInAnyOrder(symmetric.toArray())))
			.andReturn().getResponse().getContentAsString();
		for (String code : symmetric) {
			for (String[] window : new String[][] { { "2", "2" }, { "5", "6" } }) {
				String api = this.mvc.perform(get("/api/v1/cells/" + code + "/voltage").param("fromCycle", window[0])
					.param("toCycle", window[1]).param("points", String.valueOf(StudyService.WINDOW_POINTS)).with(admin()))
					.andReturn().getResponse().getContentAsString();
				String label = "cycles " + window[0] + "-" + window[1];
				List<List<Number>> x = JsonPath.read(windows,
						"$.arms[0].cells[?(@.code == '" + code + "')].curves[?(@.label == '" + label + "')].x");
				List<List<Number>> y = JsonPath.read(windows,
						"$.arms[0].cells[?(@.code == '" + code + "')].curves[?(@.label == '" + label + "')].y");
				assertThat(x.get(0)).hasSizeBetween(3, StudyService.WINDOW_POINTS).isEqualTo(JsonPath.read(api, "$.timeSeconds"));
				assertThat(y.get(0)).isEqualTo(JsonPath.read(api, "$.voltageV"));
			}
		}
		this.mvc.perform(get("/studies/" + id + "/voltage-windows").param("cycles", "5-1").with(page))
			.andExpect(status().isBadRequest());

		// profiles of cycle 1: the kept profile's ends, at most PROFILE_POINTS per half-cycle
		String profiles = this.mvc.perform(get("/studies/" + id + "/profiles").param("cycles", "1").with(page))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (String code : symmetric) {
			String api = this.mvc.perform(get("/api/v1/cells/" + code + "/profiles").param("cycles", "1").with(admin()))
				.andReturn().getResponse().getContentAsString();
			List<Number> kept = JsonPath.read(api, "$[0].chargeVoltageV");
			List<List<Number>> shown = JsonPath.read(profiles,
					"$.arms[0].cells[?(@.code == '" + code + "')].curves[?(@.label == 'cycle 1 charge')].y");
			assertThat(shown.get(0)).hasSize(Math.min(StudyService.PROFILE_POINTS, kept.size()))
				.startsWith(kept.get(0))
				.endsWith(kept.get(kept.size() - 1));
		}

		// R_int per cycle: only the cell with impedance data, its fitted values at the cycles the analysis places them
		String eis = this.mvc.perform(get("/api/v1/cells/" + eisCell + "/eis").with(admin()))
			.andReturn().getResponse().getContentAsString();
		this.mvc.perform(get("/studies/" + id + "/interphase-resistance").with(page))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arms[0].cells[*].code").value(org.hamcrest.Matchers.contains(eisCell)))
			.andExpect(jsonPath("$.arms[0].cells[0].curves[0].label").value("cycle"))
			.andExpect(jsonPath("$.arms[0].cells[0].curves[0].y").value(containsInAnyOrder(
					JsonPath.<List<Object>>read(eis, "$[*].spectra[*].interphaseResistanceOhms").toArray())))
			.andExpect(jsonPath("$.arms[0].cells[0].curves[0].x").value(containsInAnyOrder(
					JsonPath.<List<Integer>>read(eis, "$[*].spectra[*].cycle").stream().map(Integer::doubleValue).toArray())));

		// Nyquist: the newest spectrum's points (−Im Z up) and its fitted circuit
		List<Number> real = JsonPath.read(eis, "$[-1].spectra[-1].realOhms");
		List<Number> imaginary = JsonPath.read(eis, "$[-1].spectra[-1].imaginaryOhms");
		List<Number> fitted = JsonPath.read(eis, "$[-1].spectra[-1].fittedImaginaryOhms");
		String nyquist = this.mvc.perform(get("/studies/" + id + "/nyquist").with(page))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arms[0].cells[*].code").value(org.hamcrest.Matchers.contains(eisCell)))
			.andExpect(jsonPath("$.arms[0].cells[0].curves[*].label").value(org.hamcrest.Matchers.contains(
					org.hamcrest.Matchers.endsWith("measured"), org.hamcrest.Matchers.endsWith("fit"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<Number>>read(nyquist, "$.arms[0].cells[0].curves[0].x")).isEqualTo(real);
		List<Number> minusImaginary = JsonPath.read(nyquist, "$.arms[0].cells[0].curves[0].y");
		List<Number> minusFitted = JsonPath.read(nyquist, "$.arms[0].cells[0].curves[1].y");
		for (int i = 0; i < imaginary.size(); i++) {
			assertThat(minusImaginary.get(i).doubleValue()).isEqualTo(-imaginary.get(i).doubleValue());
			assertThat(minusFitted.get(i).doubleValue()).isEqualTo(-fitted.get(i).doubleValue());
		}
	}

	@Test
	void coatedArmsShowTheDepositionRateAndThicknessOfTheirCoatingRunsAsTheAnalysisApiReportsThem() throws Exception {
		String uncoated = this.cells.analysedCell(null, 0.59, 20, 12);
		String logged = this.cells.analysedCell("LZ", 0.59, 20, 12);
		String unlogged = this.cells.analysedCell("LZ", 0.59, 21, 12);
		long run = this.cells.coatingRunWithLog(logged);
		long id = this.cells.createStudy("""
				{"name": "Coating runs", "metrics": ["cycleLife"], "referenceArm": "Li_rp",
				 "arms": [{"name": "Li_rp", "anodeCoating": "NONE", "configuration": "SYMMETRIC"},
				          {"name": "Li_LZ", "anodeCoating": "LZ", "configuration": "SYMMETRIC"}],
				 "crossWithCurrentDensities": [0.59]}""");
		RequestPostProcessor page = user("admin").roles("ADMIN");
		this.mvc.perform(get("/api/v1/studies/" + id + "/summary").with(admin()))
			.andExpect(jsonPath("$.arms[0].cells[*].code").value(containsInAnyOrder(uncoated)))
			.andExpect(jsonPath("$.arms[1].cells[*].code").value(containsInAnyOrder(logged, unlogged)));

		// only the LZ arm has a coating run with readings (the other LZ cell's run has no log): one run, two layers
		String deposition = this.mvc.perform(get("/studies/" + id + "/deposition").with(page))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.arms.length()").value(1))
			.andExpect(jsonPath("$.arms[0].name").value("Li_LZ @ 0.59 mA/cm²"))
			.andExpect(jsonPath("$.arms[0].index").value(1))
			.andExpect(jsonPath("$.arms[0].runs.length()").value(1))
			.andExpect(jsonPath("$.arms[0].runs[0].stepId").value(run))
			.andExpect(jsonPath("$.arms[0].runs[0].cells").value(org.hamcrest.Matchers.contains(logged)))
			.andExpect(jsonPath("$.arms[0].runs[0].coatedFoils.length()").value(1))
			.andReturn().getResponse().getContentAsString();
		String api = this.mvc.perform(get("/api/v1/steps/" + run + "/deposition").with(admin()))
			.andReturn().getResponse().getContentAsString();
		List<Object> layers = JsonPath.read(api, "$[0].layers");
		assertThat(layers).hasSize(2);
		assertThat(JsonPath.<List<Object>>read(deposition, "$.arms[0].runs[0].layers")).hasSize(2);
		for (int layer = 0; layer < layers.size(); layer++) {
			String ours = "$.arms[0].runs[0].layers[" + layer + "].";
			String theirs = "$[0].layers[" + layer + "].";
			assertThat(JsonPath.<Object>read(deposition, ours + "material")).isEqualTo(JsonPath.read(api, theirs + "material"));
			assertThat(JsonPath.<List<Object>>read(deposition, ours + "elapsedSeconds")).hasSizeGreaterThan(2)
				.isEqualTo(JsonPath.read(api, theirs + "elapsedSeconds"));
			assertThat(JsonPath.<List<Object>>read(deposition, ours + "rateNmPerS"))
				.isEqualTo(JsonPath.read(api, theirs + "rateSeriesNmPerS"));
			assertThat(JsonPath.<List<Object>>read(deposition, ours + "thicknessNm"))
				.isEqualTo(JsonPath.read(api, theirs + "thicknessSeriesNm"));
		}
		assertThat(JsonPath.<Object>read(deposition, "$.arms[0].runs[0].layers[0].material")).isEqualTo("Zn");
		assertThat(JsonPath.<List<Number>>read(deposition, "$.arms[0].runs[0].layers[0].thicknessNm"))
			.last().satisfies(last -> assertThat(last.doubleValue()).isCloseTo(300, within(1e-6)));

		// the page offers the chart (fetched lazily), a study of uncoated cells does not
		this.mvc.perform(get("/studies/" + id).with(page))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"chart-deposition\"")));
		long plain = this.cells.createStudy("""
				{"name": "Uncoated only", "metrics": ["cycleLife"], "referenceArm": "Li_rp",
				 "arms": [{"name": "Li_rp", "anodeCoating": "NONE", "configuration": "SYMMETRIC", "currentDensityMaPerCm2": 0.59}]}""");
		this.mvc.perform(get("/studies/" + plain).with(page))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("chart-deposition"))));
		this.mvc.perform(get("/studies/" + plain + "/deposition").with(page))
			.andExpect(jsonPath("$.arms.length()").value(0));
	}

	@Test
	void anInvalidStudyIsRefusedNamingItsFields() throws Exception {
		this.mvc.perform(post("/api/v1/studies").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "", "metrics": ["cycleLife", "nonsense"], "referenceArm": "Li_xx",
					 "arms": [{"name": "Li_rp", "configuration": "POUCH", "currentDensityMaPerCm2": -1}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("name", "metrics[1]",
					"arms[0].configuration", "arms[0].currentDensityMaPerCm2", "referenceArm")));
		this.mvc.perform(get("/api/v1/studies/999999").with(admin())).andExpect(status().isNotFound());
	}

	@Test
	void aStudyBelongsToItsProjectAndComparesOnlyThatProjectsCells() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		for (String role : List.of("member", "outsider")) {
			this.mvc.perform(post("/api/v1/admin/users").with(admin()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\": \"%s-%s\", \"password\": \"long-enough-password\", \"roles\": [\"LAB_MEMBER\"]}"
					.formatted(role, suffix)))
				.andExpect(status().isCreated());
		}
		String group = "STUDY-" + suffix.toUpperCase();
		this.mvc.perform(post("/api/v1/admin/groups").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"%s\", \"name\": \"Studies\"}".formatted(group)))
			.andExpect(status().isCreated());
		String project = "ST-" + suffix.toUpperCase();
		this.mvc.perform(post("/api/v1/projects").with(admin()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"%s\", \"name\": \"Coatings\", \"group\": \"%s\", \"members\": [\"member-%s\"]}"
				.formatted(project, group, suffix)))
			.andExpect(status().isCreated());
		// a matching cell of the default project stays out of the project's study
		String elsewhere = this.cells.analysedCell(0.67, 20, 40);

		long id = this.cells.createStudy("""
				{"name": "Project study", "project": "%s", "metrics": ["cycleLife"], "referenceArm": "all",
				 "arms": [{"name": "all", "currentDensityMaPerCm2": 0.67}]}""".formatted(project));
		this.mvc.perform(get("/api/v1/studies/" + id + "/summary").with(httpBasic("member-" + suffix,
				"long-enough-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.project").value(project))
			.andExpect(jsonPath("$.arms[0].cells.length()").value(0));
		RequestPostProcessor outsider = httpBasic("outsider-" + suffix, "long-enough-password");
		this.mvc.perform(get("/api/v1/studies/" + id).with(outsider)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/studies").with(outsider))
			.andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.not(hasItem((int) id))));
		this.mvc.perform(post("/api/v1/studies/" + id + "/exclusions").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cellCode\": \"%s\", \"reason\": \"not in this project\"}".formatted(elsewhere)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cellCode"));
	}

	@Test
	void theCreateFormRefusesAStudyWithoutMetricsAndKeepsTheReason() throws Exception {
		this.mvc.perform(post("/studies").with(csrf()).with(user("lab").roles("LAB_MEMBER"))
			.param("name", "No metrics")
			.param("referenceArm", "Li_rp")
			.param("armName", "Li_rp", "")
			.param("armCoating", "NONE", "")
			.param("armConfiguration", "SYMMETRIC", "")
			.param("armCurrentDensity", "", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/studies"))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("metrics")))
			.andExpect(flash().attributeExists("form"));
		// shown again as typed
		StudyForm typed = new StudyForm("No metrics", null, null, "Li_rp", List.of(), List.of("Li_rp", ""),
				List.of("NONE", ""), List.of("SYMMETRIC", ""), List.of("", ""), "0.5 1.0");
		this.mvc.perform(get("/studies").with(user("lab").roles("LAB_MEMBER")).flashAttr("form", typed))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"No metrics\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"0.5 1.0\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"<option value=\"NONE\" selected=\"selected\">none (Li_rp)</option>")));
	}

	private static double number(Map<String, Object> json, String field) {
		return ((Number) json.get(field)).doubleValue();
	}

	private static RequestPostProcessor admin() {
		return httpBasic("admin", ADMIN_PASSWORD);
	}

}
