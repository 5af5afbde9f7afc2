package org.lilims.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingApi;
import org.lilims.cycling.CyclingProtocol;
import org.lilims.cycling.CyclingTestView;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.process.ProcessApi;
import org.lilims.process.ProcessApi.NewLot;
import org.lilims.process.ProcessApi.NewStep;
import org.lilims.process.ProcessApi.StepInput;
import org.lilims.simulator.CoatingStudyScenario;
import org.lilims.simulator.CoatingStudyScenario.Cell;
import org.lilims.simulator.CoatingStudyScenario.CoatingRun;
import org.lilims.simulator.CoatingStudyScenario.Configuration;
import org.lilims.simulator.CoatingStudyScenario.ElectrodeBatch;
import org.lilims.simulator.CoatingStudyScenario.Image;
import org.lilims.simulator.CoatingStudyScenario.MaterialLot;
import org.lilims.simulator.CoatingStudyScenario.PostMortem;
import org.lilims.simulator.DepositionLayer;
import org.lilims.simulator.SimulatedFile;
import org.lilims.simulator.SymmetricCellGroundTruth;
import org.lilims.storage.AttachmentCategory;
import org.lilims.storage.AttachmentTarget;
import org.lilims.storage.Attachments;
import org.lilims.storage.FileMeta;
import org.lilims.storage.Upload;
import org.lilims.study.StudyApi;
import org.lilims.study.StudyRequests.NewExclusion;
import org.lilims.study.StudyRequests.NewStudy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Service;

/**
 * Loads a {@link CoatingStudyScenario} as a lab would record it: the lots received, the roll-pressing, the coating
 * runs (their deposition logs sent to the gateway), the electrodes punched, the cells assembled with their cycling
 * tests, every cycler and potentiostat file sent to the gateway, and the post-mortems. The scenario's own codes become
 * LiLIMS codes; the result maps one to the other.
 */
@Service
class DemoLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

	private static final BigDecimal FOIL_CM2 = new BigDecimal("600");

	private static final BigDecimal PRESSED_FOR_COATING_CM2 = new BigDecimal("60");

	/** The cathode sheet's nominal active mass loading: cells' specific capacities divide by it × the disc area. */
	static final double CATHODE_LOADING_MG_PER_CM2 = 10.6;

	private static final String POST_MORTEM_REASON = "Stopped early for post-mortem analysis, not cycled to failure";

	private final ProcessApi process;

	private final CyclingApi cycling;

	private final InstrumentFiles files;

	private final StudyApi studies;

	private final Attachments attachments;

	DemoLoader(ProcessApi process, CyclingApi cycling, InstrumentFiles files, StudyApi studies,
			Attachments attachments) {
		this.process = process;
		this.cycling = cycling;
		this.files = files;
		this.studies = studies;
		this.attachments = attachments;
	}

	/**
	 * Loads the scenario's materials and steps and the cells {@code cells} accepts (with their files), and defines
	 * the studies comparing them.
	 * @return scenario code to LiLIMS code, for everything created (studies: name to id)
	 */
	Map<String, String> load(CoatingStudyScenario scenario, Predicate<Cell> cells) {
		Map<String, String> codes = new LinkedHashMap<>();
		receiveLots(scenario, codes);
		rollPress(scenario, codes);
		for (CoatingRun run : scenario.coatingRuns()) {
			coat(run, codes);
		}
		Map<String, Integer> discsNeeded = discsNeeded(scenario);
		for (ElectrodeBatch batch : scenario.electrodeBatches()) {
			punch(batch, Math.max(batch.discs(), discsNeeded.getOrDefault(batch.code(), 0)), codes);
		}
		List<Cell> loaded = new ArrayList<>();
		for (Cell cell : scenario.cells()) {
			if (cells.test(cell)) {
				assemble(cell, codes);
				loaded.add(cell);
			}
		}
		for (PostMortem postMortem : scenario.postMortems()) {
			if (codes.containsKey(postMortem.cellCode())) {
				postMortem(postMortem, codes);
			}
		}
		// cells join the studies' arms by their coating, configuration and current density, as they are analysed
		for (NewStudy study : DemoStudies.of(scenario)) {
			long id = this.studies.create(study).id();
			codes.put(study.name(), String.valueOf(id));
			if (study.name().equals(DemoStudies.SYMMETRIC_STUDY)) {
				excludeCellsNotCycledToFailure(id, scenario, codes);
			}
			else if (study.name().equals(DemoStudies.INTERPHASE_STUDY)) {
				excludeCellsWithoutImpedanceSeries(id, scenario, codes);
			}
		}
		log.info("Demo loaded: {} cells, {} files sent to the gateway", loaded.size(),
				loaded.stream().mapToInt(cell -> cell.files().size()).sum() + scenario.coatingRuns().size());
		return codes;
	}

	private void receiveLots(CoatingStudyScenario scenario, Map<String, String> codes) {
		for (MaterialLot lot : scenario.lots()) {
			String material = lot.material().toLowerCase(java.util.Locale.ROOT);
			NewLot newLot;
			if (material.equals("li metal foil")) {
				newLot = new NewLot("LI_FOIL_LOT", "Li foil 100 µm (" + lot.code() + ")", FOIL_CM2, "cm2",
						Map.of("supplier", "Simulated supplier", "supplierLot", lot.code(), "thicknessUm", 100,
								"receivedDate", lot.received().toString()),
						null);
			}
			else if (material.contains("cathode")) {
				newLot = new NewLot("CATHODE_SHEET_LOT", "NMC622 (" + lot.code() + ")", new BigDecimal("200"), "cm2",
						Map.of("activeMaterial", "NMC622", "composition", "95/2/3", "massLoadingMgPerCm2", CATHODE_LOADING_MG_PER_CM2,
								"arealCapacityMahPerCm2", 1.7, "specificCapacityMahPerG", 160, "supplier",
								"Simulated supplier"),
						null);
			}
			else if (material.equals("electrolyte")) {
				newLot = new NewLot("ELECTROLYTE_LOT", "Electrolyte (" + lot.code() + ")", new BigDecimal("20"), "mL",
						Map.of("composition", "1 M LiPF6 in EC/DEC 1:1", "supplier", "Simulated supplier"), null);
			}
			else if (material.equals("separator")) {
				newLot = new NewLot("SEPARATOR_LOT", "Separator (" + lot.code() + ")", new BigDecimal("200"), "pcs",
						Map.of("product", "Celgard 2500", "supplier", "Celgard"), null);
			}
			else {
				continue; // roll-pressed and coated foils are made by steps below
			}
			codes.put(lot.code(), this.process.receiveLot(newLot));
		}
	}

	private void rollPress(CoatingStudyScenario scenario, Map<String, String> codes) {
		var pressing = scenario.rollPressing();
		var step = this.process.recordStep(new NewStep("ROLL_PRESSING",
				List.of(new StepInput(codes.get(pressing.inputLotCode()), new BigDecimal("200"), "cm2", null)),
				Map.of("finalThicknessUm", pressing.thicknessAfterMicrometres(), "releaseFoil", "siliconised PET",
						"dewPointC", -50),
				instant(pressing.performed()), "Li_rp", CoatingStudyScenario.SIMULATED_LABEL, null));
		codes.put(pressing.outputLotCode(), step.produced().get(0));
	}

	private void coat(CoatingRun run, Map<String, String> codes) {
		List<Map<String, Object>> layers = new ArrayList<>();
		for (DepositionLayer layer : run.layers()) {
			layers.add(Map.of("kind", "EVAPORATION", "material", layer.material(), "targetThicknessNm",
					layer.targetThicknessNm(), "rateNmPerS", layer.rateNmPerS()));
		}
		layers.add(Map.of("kind", "GAS_REACTION", "gas", run.nitridation().gas(), "pressureMbar",
				run.nitridation().pressureMillibar(), "durationMin", run.nitridation().durationSeconds() / 60));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("coatingVariant", variant(run.arm()));
		parameters.put("chamber", CoatingStudyScenario.DEPOSITION_CONTROLLER_ID);
		parameters.put("layers", layers);
		var step = this.process.recordStep(new NewStep("PVD_COATING",
				List.of(new StepInput(codes.get(run.substrateLotCode()), PRESSED_FOR_COATING_CM2, "cm2", null)),
				parameters, instant(run.start()), null, CoatingStudyScenario.SIMULATED_LABEL, null));
		String coated = step.produced().get(0);
		codes.put(run.outputLotCode(), coated);
		codes.put(run.code(), String.valueOf(step.stepId()));
		// the coated foil's code as the sender's hint: the gateway links the log to the run that made it
		send(run.log(), coated);
	}

	// a symmetric cell takes two discs of its batch, a full cell one anode and one cathode disc
	private static Map<String, Integer> discsNeeded(CoatingStudyScenario scenario) {
		Map<String, Integer> needed = new HashMap<>();
		for (Cell cell : scenario.cells()) {
			if (cell.configuration() == Configuration.NMC622_LI) {
				needed.merge(cell.anodeBatchCode(), 1, Integer::sum);
				if (cell.cathodeBatchCode() != null) {
					needed.merge(cell.cathodeBatchCode(), 1, Integer::sum);
				}
			}
			else {
				needed.merge(cell.anodeBatchCode(), 2, Integer::sum);
			}
		}
		return needed;
	}

	private void punch(ElectrodeBatch batch, int discs, Map<String, String> codes) {
		var step = this.process.recordStep(new NewStep("PUNCHING", List.of(StepInput.of(codes.get(batch.parentLotCode()))),
				Map.of("diameterMm", batch.diameterMillimetres(), "count", discs), null, null, null, null));
		codes.put(batch.code(), step.produced().get(0));
	}

	private void assemble(Cell cell, Map<String, String> codes) {
		String anode = codes.get(cell.anodeBatchCode());
		boolean full = cell.configuration() == Configuration.NMC622_LI;
		List<StepInput> inputs = full
				? List.of(new StepInput(codes.get(cell.cathodeBatchCode()), null, null, "workingElectrode"),
						new StepInput(anode, null, null, "counterElectrode"))
				: List.of(new StepInput(anode, null, null, "workingElectrode"),
						new StepInput(anode, null, null, "counterElectrode"));
		List<StepInput> all = new ArrayList<>(inputs);
		all.add(StepInput.of(codes.get(cell.separatorLotCode())));
		all.add(StepInput.of(codes.get(cell.electrolyteLotCode())));
		var step = this.process.recordStep(new NewStep("CELL_ASSEMBLY", all,
				Map.of("format", "CR2032", "configuration", full ? "FULL_CELL" : "SYMMETRIC", "electrolyteVolumeUl",
						full ? 80 : 60),
				instant(cell.assembled()), null, CoatingStudyScenario.SIMULATED_LABEL + " (" + cell.code() + ")",
				null));
		String code = step.produced().get(0);
		codes.put(cell.code(), code);
		CyclingTestView test = this.cycling.plan(code, cell.cyclingFile().instrumentId(),
				(cell.cyclingFile().channel() != null) ? cell.cyclingFile().channel() : "1", protocol(cell),
				new BigDecimal("25"), cell.protocol().plannedCycles());
		this.cycling.changeStatus(test.id(), "RUNNING");
		for (SimulatedFile file : cell.files()) {
			send(file, code);
		}
		SymmetricCellGroundTruth truth = cell.symmetricTruth();
		if (truth == null || truth.outcome() != SymmetricCellGroundTruth.Outcome.STILL_CYCLING) {
			this.cycling.changeStatus(test.id(), "FINISHED");
		}
	}

	private void postMortem(PostMortem postMortem, Map<String, String> codes) {
		var step = this.process.recordStep(new NewStep("POST_MORTEM",
				List.of(StepInput.of(codes.get(postMortem.cellCode()))),
				Map.of("cyclesBeforeDisassembly", postMortem.afterCycles(), "specimenCount", 2, "observations",
						postMortem.observations(), "analyses",
						List.of(Map.of("technique", "CRYO_FIB_SEM", "acceleratingVoltageKv", 5, "stageTemperatureC",
								-160), Map.of("technique", "EDX"))),
				instant(postMortem.performed()), null, CoatingStudyScenario.SIMULATED_LABEL, null));
		codes.put("PM:" + postMortem.cellCode() + ":" + postMortem.afterCycles(), String.valueOf(step.stepId()));
		AttachmentTarget target = new AttachmentTarget("step", String.valueOf(step.stepId()));
		for (Image image : postMortem.images()) {
			this.attachments.upload(List.of(new Upload(new ByteArrayResource(image.content()),
					new FileMeta(image.fileName(), image.mediaType()))), target, AttachmentCategory.SEM_IMAGE,
					image.caption());
		}
	}

	/**
	 * The impedance-series and post-mortem cells are symmetric cells at 1.0 mA/cm², so they match the arms of the
	 * cycle-life study; they were stopped (or rested for EIS) on purpose and would bias its statistics.
	 */
	private void excludeCellsNotCycledToFailure(long studyId, CoatingStudyScenario scenario, Map<String, String> codes) {
		exclude(studyId, scenario, codes, cell -> switch (cell.purpose()) {
			case CYCLE_LIFE, FULL_CELL -> null;
			case POST_MORTEM -> POST_MORTEM_REASON;
			case IMPEDANCE_SERIES -> "Impedance series: cycled 50 cycles with rests for EIS, not cycled to failure";
		});
	}

	/**
	 * The R_int study's arms (symmetric at 1.0 mA/cm²) match the cycle-life and post-mortem cells too; neither had
	 * impedance measured, and the post-mortem cells were stopped early.
	 */
	private void excludeCellsWithoutImpedanceSeries(long studyId, CoatingStudyScenario scenario,
			Map<String, String> codes) {
		exclude(studyId, scenario, codes, cell -> switch (cell.purpose()) {
			case IMPEDANCE_SERIES, FULL_CELL -> null;
			case POST_MORTEM -> POST_MORTEM_REASON;
			// only those at the study's 1.0 mA/cm² are in its arms
			case CYCLE_LIFE -> (Objects.equals(cell.currentDensityMilliampPerCm2(), 1.0))
					? "Cycle-life cell: cycled to failure without impedance sweeps, no R_int series" : null;
		});
	}

	// the loaded symmetric cells given a reason to leave them out of the study
	private void exclude(long studyId, CoatingStudyScenario scenario, Map<String, String> codes,
			Function<Cell, @Nullable String> reasons) {
		for (Cell cell : scenario.cells()) {
			String code = codes.get(cell.code());
			String reason = reasons.apply(cell);
			if (code != null && reason != null && cell.configuration() == Configuration.SYMMETRIC_LI_LI) {
				this.studies.exclude(studyId, new NewExclusion(code, reason));
			}
		}
	}

	private void send(SimulatedFile file, @Nullable String ownerCode) {
		this.files.ingest(new ByteArrayInputStream(file.bytes()), file.fileName(), file.instrumentId(), file.channel(),
				ownerCode, "demo/" + file.fileName());
	}

	private static CyclingProtocol protocol(Cell cell) {
		var protocol = cell.protocol();
		if (cell.configuration() == Configuration.NMC622_LI) {
			return new CyclingProtocol.FullCellGalvanostatic(decimal(protocol.lowerVoltageVolts()),
					decimal(protocol.upperVoltageVolts()), decimal((protocol.cRate() != null) ? protocol.cRate() : 0.5),
					new BigDecimal("160"), null, decimal(protocol.restSeconds() / 60), null);
		}
		return new CyclingProtocol.SymmetricPlatingStripping(decimal(protocol.currentDensityMilliampPerCm2()),
				decimal(protocol.arealCapacityMilliampHourPerCm2()), decimal(protocol.upperVoltageVolts()));
	}

	private static String variant(CoatingStudyScenario.Arm arm) {
		return arm.code().replace("Li_", "");
	}

	private static BigDecimal decimal(@Nullable Double value) {
		return BigDecimal.valueOf((value != null) ? value : 0).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
	}

	private static java.time.Instant instant(LocalDateTime local) {
		return local.toInstant(ZoneOffset.UTC);
	}

}
