package org.lilims.simulator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.jspecify.annotations.Nullable;

/**
 * A published coating study replayed with SIMULATED data: the dual LiZn/Li3N protective layer on lithium metal of
 * J. Mater. Chem. A 2025, 13, 7476. Everything a loader needs to build the project in LiLIMS, in the order it is
 * built: material lots, the roll-pressing, the coating runs (with their SQC-310 logs), the punched electrode batches,
 * the cells (arm, configuration, current density, protocol, components) and, per cell, its instrument files (cycler
 * export, impedance sweeps) and the ground truth the analysis must recover, and the post-mortems after 25 and 50
 * cycles (observations and placeholder pictures). Deterministic for a seed; files are produced only when asked for.
 * <p>
 * Arms: {@link Arm#LI_RP} (roll-pressed, uncoated), {@link Arm#LI_LN} (Li 100 nm + N2, i.e. Li3N) and
 * {@link Arm#LI_LZLN} (Zn 300 nm + Li 100 nm + N2, i.e. LiZn/Li3N). Values the paper reports are reproduced as
 * arm means: cycle life of Li||Li at 1.0 mA/cm² 200 vs 360 cycles (+80 %), +42 % at 2.0 mA/cm², nucleation
 * overvoltage 0.26 / 0.19 / 0.20 V, SOH80 of NMC622||Li at 70 / 71 / 105 cycles, initial capacity ≈ 160 mAh/g, R_int
 * higher for coated electrodes at cycle 0, then falling for LN and stable for LZLN after cycle 10. Every other number
 * is a choice, listed by {@link #assumptions()}.
 */
public final class CoatingStudyScenario {

	/** The publication the scenario replays. */
	public static final String REFERENCE = "J. Mater. Chem. A 2025, 13, 7476";

	/** Said on every object a loader creates. */
	public static final String SIMULATED_LABEL = "SIMULATED data replaying " + REFERENCE
			+ " (LiLIMS simulator; not measured)";

	/** Current densities of the symmetric cells, mA/cm². */
	public static final List<Double> CURRENT_DENSITIES = List.of(0.5, 1.0, 2.0);

	/** Cycles after which impedance is measured (0: before cycling). */
	public static final List<Integer> EIS_CYCLES = List.of(0, 1, 5, 10, 20, 30, 40, 50);

	/** Areal capacity plated and stripped per half-cycle, mAh/cm² (a choice: the usual 1 mAh/cm²). */
	public static final double AREAL_CAPACITY_MILLIAMP_HOUR_PER_CM2 = 1.0;

	/** Cut-off (safety limit) of symmetric cells, V. */
	public static final double SYMMETRIC_CUT_OFF_VOLTS = 1.5;

	/** Cell-to-cell relative spread of cycle life, overpotentials and nucleation (log-normal σ). */
	public static final double CELL_SPREAD = 0.07;

	/** The maker of the cycler exports. */
	public static final String CYCLER_ID = "MACCOR-S4000-DEMO";

	/** The potentiostat of the impedance sweeps. */
	public static final String POTENTIOSTAT_ID = "BIOLOGIC-VMP3-DEMO";

	/** The deposition controller of the PVD coater. */
	public static final String DEPOSITION_CONTROLLER_ID = "INFICON-SQC310-DEMO";

	private static final double DISC_AREA_CM2 = SymmetricCellParameters.DISC_12_MM_AREA_CM2;

	private static final LocalDateTime FIRST_CYCLING = LocalDateTime.of(2025, 1, 20, 9, 0);

	/** The study's arms. */
	public enum Arm {

		LI_RP("Li_rp", "roll-pressed Li foil, uncoated", 0.26, 0.035, 0.25, new int[] { 330, 200, 120 }, 70, 0.9965),

		LI_LN("Li_LN", "roll-pressed Li with a Li3N layer (Li 100 nm evaporated, then N2 500 mbar, 3 min)", 0.19, 0.030,
				0.15, new int[] { 440, 280, 145 }, 71, 0.9975),

		LI_LZLN("Li_LZLN",
				"roll-pressed Li with a dual LiZn/Li3N layer (Zn 300 nm, Li 100 nm evaporated, then N2 500 mbar, 3 min)",
				0.20, 0.025, 0.10, new int[] { 560, 360, 170 }, 105, 0.9985);

		private final String code;

		private final String description;

		private final double nucleationVolts;

		private final double overpotentialVolts;

		private final double growthMillivoltsPerCycle;

		private final int[] cycleLives;

		private final int soh80Cycle;

		private final double coulombicEfficiency;

		Arm(String code, String description, double nucleationVolts, double overpotentialVolts,
				double growthMillivoltsPerCycle, int[] cycleLives, int soh80Cycle, double coulombicEfficiency) {
			this.code = code;
			this.description = description;
			this.nucleationVolts = nucleationVolts;
			this.overpotentialVolts = overpotentialVolts;
			this.growthMillivoltsPerCycle = growthMillivoltsPerCycle;
			this.cycleLives = cycleLives;
			this.soh80Cycle = soh80Cycle;
			this.coulombicEfficiency = coulombicEfficiency;
		}

		/** The arm's name in the paper, e.g. {@code Li_LZLN}. */
		public String code() {
			return this.code;
		}

		public String description() {
			return this.description;
		}

		/** A short upper-case tag for codes: RP, LN, LZLN. */
		public String tag() {
			return this.code.substring(3).toUpperCase(Locale.ROOT);
		}

		/** The nominal (arm mean) nucleation overvoltage at 1.0 mA/cm², V (the paper's value). */
		public double nucleationOvervoltageVolts() {
			return this.nucleationVolts;
		}

		/** The nominal cycle life of Li||Li cells at a current density of {@link #CURRENT_DENSITIES}. */
		public int nominalCycleLife(double currentDensityMilliampPerCm2) {
			return this.cycleLives[densityIndex(currentDensityMilliampPerCm2)];
		}

		/** The nominal cycle at which NMC622||Li cells fall below 80 % state of health (the paper's value). */
		public int nominalSoh80Cycle() {
			return this.soh80Cycle;
		}

		/**
		 * The nominal interphase resistance of the EIS cells after {@code cycle} cycles, Ω: higher for coated
		 * electrodes at cycle 0; Li_rp falls as its surface roughens, then grows with dead Li and SEI; Li_LN keeps
		 * falling over the 50 cycles; Li_LZLN settles by cycle 10 and stays.
		 */
		public double nominalInterphaseResistanceOhms(int cycle) {
			return switch (this) {
				case LI_RP -> 32 + 28 * Math.exp(-cycle / 4.0) + 0.5 * cycle;
				case LI_LN -> 35 + 115 * Math.exp(-cycle / 12.0);
				case LI_LZLN -> 60 + 120 * Math.exp(-cycle / 2.5);
			};
		}

	}

	/** Why a cell was built. */
	public enum Purpose {

		/** Li||Li cycled to failure at one current density. */
		CYCLE_LIFE,

		/** NMC622||Li cycled past its SOH80. */
		FULL_CELL,

		/** Li||Li at 1.0 mA/cm² for 50 cycles with impedance sweeps between them. */
		IMPEDANCE_SERIES,

		/** Li||Li at 1.0 mA/cm² stopped after 25 or 50 cycles and taken apart. */
		POST_MORTEM

	}

	/** The cell configuration. */
	public enum Configuration {

		/** Li||Li coin cell of two identical electrodes (the arm's). */
		SYMMETRIC_LI_LI,

		/** NMC622 cathode against the arm's Li anode. */
		NMC622_LI

	}

	/**
	 * A material lot as received.
	 *
	 * @param code the lot code
	 * @param material what it is
	 * @param description supplier, dimensions, and the simulated label
	 * @param received the date it arrived
	 */
	public record MaterialLot(String code, String material, String description, LocalDate received) {
	}

	/**
	 * Roll-pressing of the Li foil, the step all arms share.
	 *
	 * @param code the process step's code
	 * @param inputLotCode the foil lot pressed
	 * @param outputLotCode the roll-pressed lot (the Li_rp material and the coating substrate)
	 * @param thicknessBeforeMicrometres foil thickness
	 * @param thicknessAfterMicrometres thickness after pressing
	 * @param performed when
	 */
	public record RollPressing(String code, String inputLotCode, String outputLotCode,
			double thicknessBeforeMicrometres, double thicknessAfterMicrometres, LocalDateTime performed) {
	}

	/**
	 * Nitridation of the evaporated Li in N2 (forms Li3N).
	 *
	 * @param gas the gas
	 * @param pressureMillibar its pressure
	 * @param durationSeconds exposure time
	 * @param temperatureCelsius temperature (room temperature: a choice)
	 */
	public record Nitridation(String gas, double pressureMillibar, double durationSeconds,
			double temperatureCelsius) {
	}

	/**
	 * A PVD coating run: evaporated layers in order, then nitridation, on a piece of the roll-pressed lot.
	 *
	 * @param code the run's code
	 * @param arm the arm it makes
	 * @param substrateLotCode the roll-pressed lot coated
	 * @param outputLotCode the coated lot
	 * @param start local start of the first layer
	 * @param layers the evaporated layers (material, target thickness, set-point rate)
	 * @param nitridation the N2 treatment after the layers
	 * @param log the controller's SQC-310 log
	 * @param groundTruth what the log's analysis must recover per layer
	 */
	public record CoatingRun(String code, Arm arm, String substrateLotCode, String outputLotCode, LocalDateTime start,
			List<DepositionLayer> layers, Nitridation nitridation, SimulatedFile log,
			DepositionGroundTruth groundTruth) {

		public CoatingRun {
			layers = List.copyOf(layers);
		}

	}

	/**
	 * A batch of discs punched from a lot.
	 *
	 * @param code the batch code
	 * @param arm the arm, null for the cathode
	 * @param parentLotCode the lot punched
	 * @param kind {@code Li anode} or {@code NMC622 cathode}
	 * @param diameterMillimetres disc diameter
	 * @param areaCm2 disc area
	 * @param discs how many discs
	 */
	public record ElectrodeBatch(String code, @Nullable Arm arm, String parentLotCode, String kind,
			double diameterMillimetres, double areaCm2, int discs) {
	}

	/**
	 * The cycling protocol of a cell.
	 *
	 * @param name the procedure name the cycler file carries
	 * @param description in words
	 * @param currentDensityMilliampPerCm2 the current density (symmetric cells), null for full cells
	 * @param arealCapacityMilliampHourPerCm2 capacity per half-cycle (symmetric cells), null for full cells
	 * @param cRate the C-rate (full cells), null for symmetric cells
	 * @param lowerVoltageVolts lower limit: −cut-off for symmetric cells, end of discharge for full cells
	 * @param upperVoltageVolts upper limit: cut-off for symmetric cells, end of charge for full cells
	 * @param plannedCycles cycles in the procedure
	 * @param restSeconds rest after each half-cycle
	 */
	public record CyclingProtocol(String name, String description, @Nullable Double currentDensityMilliampPerCm2,
			@Nullable Double arealCapacityMilliampHourPerCm2, @Nullable Double cRate, double lowerVoltageVolts,
			double upperVoltageVolts, int plannedCycles, double restSeconds) {
	}

	/**
	 * One impedance measurement's truth.
	 *
	 * @param cycle cycles completed when it was measured (0: before cycling)
	 * @param measuredAt local start of the sweep
	 * @param circuit the circuit simulated; its R1 is the R_int a fit must recover
	 */
	public record ImpedanceTruth(int cycle, LocalDateTime measuredAt, EisCircuitParameters circuit) {
	}

	/**
	 * A picture taken in a post-mortem: a placeholder (SVG) that says it stands for a micrograph.
	 *
	 * @param fileName its file name
	 * @param mediaType {@code image/svg+xml}
	 * @param caption what a real picture would show
	 * @param content the bytes
	 */
	public record Image(String fileName, String mediaType, String caption, byte[] content) {
	}

	/**
	 * The post-mortem of a cell taken apart after some cycles.
	 *
	 * @param cellCode the cell
	 * @param arm its arm
	 * @param afterCycles cycles completed before it was taken apart
	 * @param performed when
	 * @param observations what was seen (simulated, plausible for the arm)
	 * @param images placeholder pictures
	 */
	public record PostMortem(String cellCode, Arm arm, int afterCycles, LocalDateTime performed, String observations,
			List<Image> images) {

		public PostMortem {
			images = List.copyOf(images);
		}

	}

	/**
	 * A coin cell of the study.
	 *
	 * @param code the cell code (the cycler's Comment/Barcode)
	 * @param arm its arm
	 * @param configuration Li||Li or NMC622||Li
	 * @param currentDensityMilliampPerCm2 for symmetric cells, null for full cells
	 * @param replicate 1-based replicate number within its arm and condition
	 * @param purpose why it was built
	 * @param anodeBatchCode the Li electrode batch (both electrodes of a symmetric cell)
	 * @param cathodeBatchCode the cathode batch, null for symmetric cells
	 * @param cathodeActiveMassMilligrams NMC622 mass, null for symmetric cells
	 * @param electrodeAreaCm2 electrode area
	 * @param electrolyteLotCode the electrolyte
	 * @param separatorLotCode the separator
	 * @param assembled when it was built
	 * @param protocol its cycling protocol
	 * @param files its instrument files: the cycler export first, then the impedance sweeps in order
	 * @param symmetricTruth the simulator's truth for a symmetric cell, else null
	 * @param fullCellTruth the simulator's truth for a full cell, else null
	 * @param impedanceTruth the impedance series' truth, empty unless it is an impedance cell
	 */
	public record Cell(String code, Arm arm, Configuration configuration, @Nullable Double currentDensityMilliampPerCm2,
			int replicate, Purpose purpose, String anodeBatchCode, @Nullable String cathodeBatchCode,
			@Nullable Double cathodeActiveMassMilligrams, double electrodeAreaCm2, String electrolyteLotCode,
			String separatorLotCode, LocalDateTime assembled, CyclingProtocol protocol, List<SimulatedFile> files,
			@Nullable SymmetricCellGroundTruth symmetricTruth, @Nullable FullCellGroundTruth fullCellTruth,
			List<ImpedanceTruth> impedanceTruth) {

		public Cell {
			files = List.copyOf(files);
			impedanceTruth = List.copyOf(impedanceTruth);
		}

		/** The cycler export. */
		public SimulatedFile cyclingFile() {
			return this.files.get(0);
		}

		/** The impedance sweeps, in measurement order. */
		public List<SimulatedFile> impedanceFiles() {
			return this.files.stream().filter((f) -> f.kind() == SimulatedFile.Kind.IMPEDANCE).toList();
		}

	}

	private final long seed;

	private final int replicates;

	private final List<MaterialLot> lots = new ArrayList<>();

	private final RollPressing rollPressing;

	private final List<CoatingRun> coatingRuns = new ArrayList<>();

	private final List<ElectrodeBatch> electrodeBatches = new ArrayList<>();

	private final List<Cell> cells = new ArrayList<>();

	private final List<PostMortem> postMortems = new ArrayList<>();

	private int nextChannel = 1;

	private CoatingStudyScenario(long seed, int replicates) {
		if (replicates < 3) {
			throw new IllegalArgumentException("the study needs at least 3 replicates per arm, not " + replicates);
		}
		this.seed = seed;
		this.replicates = replicates;
		LocalDate received = LocalDate.of(2025, 1, 6);
		this.lots.add(new MaterialLot("LI-FOIL-2501", "Li metal foil",
				"Li foil 100 µm, battery grade, 50 mm wide. " + SIMULATED_LABEL, received));
		this.lots.add(new MaterialLot("NMC622-2501", "NMC622 cathode sheet",
				"LiNi0.6Mn0.2Co0.2O2 on Al, 10.6 mg/cm² active material. " + SIMULATED_LABEL, received));
		this.lots.add(new MaterialLot("ELY-2501", "electrolyte",
				"1 M LiPF6 in EC/DEC 1:1 (v/v). " + SIMULATED_LABEL, received));
		this.lots.add(new MaterialLot("SEP-2501", "separator", "Celgard 2500, 19 mm discs. " + SIMULATED_LABEL,
				received));
		this.rollPressing = new RollPressing("RP-2501", "LI-FOIL-2501", "LI-RP-2501", 100, 50,
				LocalDateTime.of(2025, 1, 8, 10, 0));
		this.lots.add(new MaterialLot("LI-RP-2501", "Li metal foil, roll-pressed",
				"Li_rp: LI-FOIL-2501 roll-pressed to 50 µm. " + SIMULATED_LABEL, received.plusDays(2)));
		addCoatingRuns();
		addElectrodeBatches();
		addSymmetricCells();
		addFullCells();
		addImpedanceCells();
		addPostMortemCells();
	}

	/** The scenario with seed 7476 and 3 replicates per arm and condition. */
	public static CoatingStudyScenario create() {
		return create(7476, 3);
	}

	/**
	 * @param seed the seed of every cell's scatter and noise
	 * @param replicates cells per arm and condition (at least 3)
	 */
	public static CoatingStudyScenario create(long seed, int replicates) {
		return new CoatingStudyScenario(seed, replicates);
	}

	/** A project code for the replayed study. */
	public String projectCode() {
		return "DEMO-JMCA-2025-7476";
	}

	/** A project title naming the publication and the simulated data. */
	public String projectTitle() {
		return "Dual LiZn/Li3N protective layer on Li metal (replay of " + REFERENCE + ", SIMULATED data)";
	}

	public long seed() {
		return this.seed;
	}

	public int replicates() {
		return this.replicates;
	}

	public List<Arm> arms() {
		return List.of(Arm.values());
	}

	/** The lots as received or made: foil, cathode sheet, electrolyte, separator, the roll-pressed and coated lots. */
	public List<MaterialLot> lots() {
		return List.copyOf(this.lots);
	}

	public RollPressing rollPressing() {
		return this.rollPressing;
	}

	public List<CoatingRun> coatingRuns() {
		return List.copyOf(this.coatingRuns);
	}

	public List<ElectrodeBatch> electrodeBatches() {
		return List.copyOf(this.electrodeBatches);
	}

	/**
	 * The lot an arm's anodes are punched from: the roll-pressed lot for Li_rp, else the arm's coated lot. A study
	 * tells its arms apart by this lot in the cells' genealogy.
	 */
	public String anodeLotCode(Arm arm) {
		return this.electrodeBatches.stream()
			.filter((batch) -> batch.arm() == arm)
			.findFirst()
			.orElseThrow()
			.parentLotCode();
	}

	/** The post-mortems after 25 and 50 cycles, per arm. */
	public List<PostMortem> postMortems() {
		return List.copyOf(this.postMortems);
	}

	/** The cells of one purpose. */
	public List<Cell> cells(Purpose purpose) {
		return this.cells.stream().filter((c) -> c.purpose() == purpose).toList();
	}

	/**
	 * Every cell: symmetric cells by arm and current density, then full cells, then impedance cells, then post-mortem
	 * cells.
	 */
	public List<Cell> cells() {
		return List.copyOf(this.cells);
	}

	/** The cells of one arm and configuration (and current density, for symmetric cells; null: any). */
	public List<Cell> cells(Arm arm, Configuration configuration, @Nullable Double currentDensityMilliampPerCm2) {
		return this.cells.stream()
			.filter((c) -> c.arm() == arm && c.configuration() == configuration)
			.filter((c) -> currentDensityMilliampPerCm2 == null || (c.currentDensityMilliampPerCm2() != null
					&& Math.abs(c.currentDensityMilliampPerCm2() - currentDensityMilliampPerCm2) < 1e-9))
			.filter((c) -> c.purpose() == Purpose.CYCLE_LIFE || c.purpose() == Purpose.FULL_CELL)
			.toList();
	}

	/** The first impedance-series cell of an arm. */
	public Cell impedanceCell(Arm arm) {
		return impedanceCells(arm).get(0);
	}

	/** The impedance-series cells of an arm, one per replicate. */
	public List<Cell> impedanceCells(Arm arm) {
		return this.cells.stream().filter((c) -> c.arm() == arm && c.purpose() == Purpose.IMPEDANCE_SERIES).toList();
	}

	/** Every instrument file: the coating logs, then each cell's files. */
	public List<SimulatedFile> files() {
		List<SimulatedFile> files = new ArrayList<>();
		this.coatingRuns.forEach((run) -> files.add(run.log()));
		this.cells.forEach((cell) -> files.addAll(cell.files()));
		return files;
	}

	/**
	 * Writes every instrument file into {@code directory} (created if needed), under its file name.
	 * @return the bytes written
	 */
	public long writeFiles(Path directory) throws IOException {
		Files.createDirectories(directory);
		long total = 0;
		for (SimulatedFile file : files()) {
			Path path = directory.resolve(file.fileName());
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
				file.writeTo(out);
			}
			total += Files.size(path);
		}
		return total;
	}

	/** The choices the paper's quoted values do not fix, in words. */
	public static List<String> assumptions() {
		return List.of("All data are simulated; the paper's quoted values are reproduced as arm means.",
				"Li||Li cells plate and strip 1.0 mAh/cm² per half-cycle at every current density, 12 mm discs "
						+ "(1.131 cm²), cut-off ±1.5 V, no rests (10 min before the first plating).",
				"Cycle life (arm means): 0.5 mA/cm² 330 / 440 / 560, 1.0 mA/cm² 200 / 280 / 360 (paper: 200 vs 360), "
						+ "2.0 mA/cm² 120 / 145 / 170 (paper: +42 %) for Li_rp / Li_LN / Li_LZLN; LN in between.",
				"Nucleation overvoltage at 1.0 mA/cm² 0.26 / 0.19 / 0.20 V (paper), scaled by (j / 1 mA/cm²)^0.25 at "
						+ "the other current densities.",
				"Plateau overpotential at 1.0 mA/cm² 35 / 30 / 25 mV, scaled by j^0.8; growth 0.25 / 0.15 / 0.10 mV "
						+ "per cycle at 1.0 mA/cm², proportional to j.",
				"Cell-to-cell scatter: log-normal, σ = 7 % on cycle life, overpotential, its growth and nucleation "
						+ "(σ = 4 % on SOH80, 2 % on cathode mass, 1 % on specific capacity); cycle life, nucleation "
						+ "overvoltage and SOH80 are then rescaled per arm and condition so that the replicates' mean "
						+ "is the nominal value (the paper reports means).",
				"NMC622||Li: 12 mg NMC622 (±2 %) on 12 mm discs, 0.5C charge (CV hold at 4.3 V to C/20) and "
						+ "discharge, 3.0-4.3 V, first-cycle CE 87 %, then 99.65 / 99.75 / 99.85 %; first discharge "
						+ "160 mAh/g (±1 %); SOH80 at 70 / 71 / 105 cycles (paper) ±4 %, run 25 cycles beyond.",
				"Impedance: as many extra Li||Li cells per arm as replicates, at 1.0 mA/cm² with 10 min rests, 50 "
						+ "cycles, sweeps 0.1 MHz-0.1 Hz (10 per decade, 10 mV) before cycling and after cycles 1, 5, 10, 20, 30, 40, "
						+ "50, in the rest after stripping; circuit R0-p(R1,CPE1)-W1; R_int = R1 = 32 + 28 e^(-n/4) "
						+ "+ 0.5 n (Li_rp), 35 + 115 e^(-n/12) (Li_LN), 60 + 120 e^(-n/2.5) (Li_LZLN) Ω, each cell's "
						+ "series scaled by a log-normal factor (σ = 7 %) rescaled so that the replicates' mean is nominal.",
				"Coating: Li evaporated at 0.2 nm/s, Zn at 0.5 nm/s, rate noise 3 %, readings every 2 s; "
						+ "nitridation in N2 at 500 mbar for 3 min at room temperature.",
				"Foil 100 µm roll-pressed to 50 µm; electrolyte 1 M LiPF6 in EC/DEC; Celgard 2500 separator.");
	}

	private void addCoatingRuns() {
		Nitridation nitridation = new Nitridation("N2", 500, 180, 25);
		List<DepositionLayer> ln = List.of(new DepositionLayer("Li", 100, 0.2));
		List<DepositionLayer> lzln = List.of(new DepositionLayer("Zn", 300, 0.5), new DepositionLayer("Li", 100, 0.2));
		coatingRun("PVD-LN-01", Arm.LI_LN, "LI-LN-2501", LocalDateTime.of(2025, 1, 9, 9, 30), ln, nitridation);
		coatingRun("PVD-LZLN-01", Arm.LI_LZLN, "LI-LZLN-2501", LocalDateTime.of(2025, 1, 10, 9, 30), lzln,
				nitridation);
	}

	private void coatingRun(String code, Arm arm, String outputLot, LocalDateTime start, List<DepositionLayer> layers,
			Nitridation nitridation) {
		SqcLogWriter writer = new SqcLogWriter(code + " " + arm.code(), start, layers, 2, 0.03,
				this.seed * 31 + code.hashCode());
		byte[] bytes = writer.bytes();
		SimulatedFile log = new SimulatedFile(code + "_SQC310.csv", SimulatedFile.Kind.DEPOSITION_LOG,
				DEPOSITION_CONTROLLER_ID, null, code, start, (out) -> out.write(bytes));
		this.coatingRuns.add(new CoatingRun(code, arm, this.rollPressing.outputLotCode(), outputLot, start, layers,
				nitridation, log, writer.groundTruth()));
		this.lots.add(new MaterialLot(outputLot, "Li metal foil, coated",
				arm.code() + ": " + arm.description() + ", coating run " + code + ". " + SIMULATED_LABEL,
				start.toLocalDate()));
	}

	private void addElectrodeBatches() {
		int perArm = this.replicates * (CURRENT_DENSITIES.size() * 2 + 1) + 2;
		for (Arm arm : Arm.values()) {
			String lot = (arm == Arm.LI_RP) ? this.rollPressing.outputLotCode()
					: this.coatingRuns.stream().filter((r) -> r.arm() == arm).findFirst().orElseThrow().outputLotCode();
			this.electrodeBatches
				.add(new ElectrodeBatch("EL-" + arm.tag() + "-12", arm, lot, "Li anode", 12, DISC_AREA_CM2, perArm));
		}
		this.electrodeBatches.add(new ElectrodeBatch("EL-NMC622-12", null, "NMC622-2501", "NMC622 cathode", 12,
				DISC_AREA_CM2, this.replicates * Arm.values().length));
	}

	private static String anodeBatch(Arm arm) {
		return "EL-" + arm.tag() + "-12";
	}

	private void addSymmetricCells() {
		for (Arm arm : Arm.values()) {
			for (double density : CURRENT_DENSITIES) {
				SymmetricCellParameters nominal = symmetricParameters(arm, density, arm.nominalCycleLife(density) * 2,
						0);
				List<String> codes = new ArrayList<>();
				List<SymmetricCellParameters> drawn = new ArrayList<>();
				for (int r = 1; r <= this.replicates; r++) {
					String code = String.format(Locale.ROOT, "SYM-%s-J%02d-%d", arm.tag(), Math.round(density * 10),
							r);
					codes.add(code);
					drawn.add(nominal.scattered(cellSeed(code), CELL_SPREAD));
				}
				double lifeScale = nominal.cycleLife()
						/ drawn.stream().mapToInt(SymmetricCellParameters::cycleLife).average().orElseThrow();
				double nucleationScale = nominal.nucleationOvervoltageVolts() / drawn.stream()
					.mapToDouble(SymmetricCellParameters::nucleationOvervoltageVolts)
					.average()
					.orElseThrow();
				for (int r = 1; r <= this.replicates; r++) {
					SymmetricCellParameters d = drawn.get(r - 1);
					SymmetricCellParameters p = d.toBuilder()
						.cycleLife((int) Math.round(d.cycleLife() * lifeScale))
						.nucleationOvervoltageVolts(d.nucleationOvervoltageVolts() * nucleationScale)
						.build();
					String code = codes.get(r - 1);
					SymmetricCellSimulator simulator = new SymmetricCellSimulator(p);
					LocalDateTime start = FIRST_CYCLING.plusMinutes(5L * this.cells.size());
					CyclingProtocol protocol = symmetricProtocol(simulator, density, p.cyclesToRun(), 0);
					SimulatedFile file = cyclingFile(simulator, code, start);
					this.cells.add(new Cell(code, arm, Configuration.SYMMETRIC_LI_LI, density, r, Purpose.CYCLE_LIFE,
							anodeBatch(arm), null, null, DISC_AREA_CM2, "ELY-2501", "SEP-2501", start.minusDays(2),
							protocol, List.of(file), simulator.groundTruth(), null, List.of()));
				}
			}
		}
	}

	private static SymmetricCellParameters symmetricParameters(Arm arm, double density, int cyclesToRun,
			double restSeconds) {
		return SymmetricCellParameters.defaults()
			.toBuilder()
			.currentDensityMilliampPerCm2(density)
			.arealCapacityMilliampHourPerCm2(AREAL_CAPACITY_MILLIAMP_HOUR_PER_CM2)
			.nucleationOvervoltageVolts(arm.nucleationVolts * Math.pow(density, 0.25))
			.initialOverpotentialVolts(arm.overpotentialVolts * Math.pow(density, 0.8))
			.overpotentialGrowthVoltsPerCycle(arm.growthMillivoltsPerCycle / 1000 * density)
			.cycleLife(arm.nominalCycleLife(density))
			.cutOffVolts(SYMMETRIC_CUT_OFF_VOLTS)
			.cyclesToRun(cyclesToRun)
			.restSeconds(restSeconds)
			.initialRestSeconds(600)
			.samplingIntervalSeconds(120)
			.recordVoltageChangeVolts(0.002)
			.noiseVolts(0.0005)
			.build();
	}

	private static CyclingProtocol symmetricProtocol(SymmetricCellSimulator simulator, double density, int cycles,
			double rest) {
		return new CyclingProtocol(simulator.procedureName(),
				String.format(Locale.ROOT,
						"Li||Li galvanostatic plating/stripping at %.1f mA/cm², %.1f mAh/cm² per half-cycle, "
								+ "cut-off ±%.1f V, %d cycles planned%s",
						density, AREAL_CAPACITY_MILLIAMP_HOUR_PER_CM2, SYMMETRIC_CUT_OFF_VOLTS, cycles,
						(rest > 0) ? String.format(Locale.ROOT, ", %.0f min rests", rest / 60) : ""),
				density, AREAL_CAPACITY_MILLIAMP_HOUR_PER_CM2, null, -SYMMETRIC_CUT_OFF_VOLTS, SYMMETRIC_CUT_OFF_VOLTS,
				cycles, rest);
	}

	private void addFullCells() {
		for (Arm arm : Arm.values()) {
			double[] masses = new double[this.replicates];
			double[] specifics = new double[this.replicates];
			double[] lives = new double[this.replicates];
			for (int r = 1; r <= this.replicates; r++) {
				Random random = new Random(cellSeed(fullCellCode(arm, r)));
				masses[r - 1] = 12.0 * Math.exp(0.02 * clippedGaussian(random));
				// cycle 1 delivers 99 % of cycle 2 (activation): 160 mAh/g in the first discharge
				specifics[r - 1] = 160 / 0.99 * Math.exp(0.01 * clippedGaussian(random));
				lives[r - 1] = arm.soh80Cycle * Math.exp(0.04 * clippedGaussian(random));
			}
			double lifeShift = arm.soh80Cycle - java.util.Arrays.stream(lives).average().orElseThrow();
			for (int r = 1; r <= this.replicates; r++) {
				String code = fullCellCode(arm, r);
				double mass = masses[r - 1];
				int soh80 = (int) Math.round(lives[r - 1] + lifeShift);
				FullCellParameters p = new FullCellParameters(mass, specifics[r - 1], 0.5, 0.87,
						arm.coulombicEfficiency, 0.0004, soh80, soh80 + 25, 0.05, 0.1, 600, 3600, 120, 0.01, 0.001,
						0.0005, cellSeed(code));
				FullCellSimulator simulator = new FullCellSimulator(p);
				LocalDateTime start = FIRST_CYCLING.plusDays(1).plusMinutes(5L * this.cells.size());
				CyclingProtocol protocol = new CyclingProtocol(simulator.procedureName(),
						String.format(Locale.ROOT, "NMC622||Li, 0.5C charge with CV hold at 4.3 V to C/20, 0.5C "
								+ "discharge to 3.0 V, 10 min rests, %d cycles planned", p.cyclesToRun()),
						null, null, 0.5, FullCellSimulator.LOWER_CUT_OFF_VOLTS, FullCellSimulator.UPPER_CUT_OFF_VOLTS,
						p.cyclesToRun(), 600);
				this.cells.add(new Cell(code, arm, Configuration.NMC622_LI, null, r, Purpose.FULL_CELL, anodeBatch(arm),
						"EL-NMC622-12", mass, DISC_AREA_CM2, "ELY-2501", "SEP-2501", start.minusDays(2), protocol,
						List.of(cyclingFile(simulator, code, start)), null, simulator.groundTruth(), List.of()));
			}
		}
	}

	private static String fullCellCode(Arm arm, int replicate) {
		return String.format(Locale.ROOT, "FC-%s-%d", arm.tag(), replicate);
	}

	private void addImpedanceCells() {
		double rest = 600;
		int cycles = EIS_CYCLES.get(EIS_CYCLES.size() - 1);
		for (Arm arm : Arm.values()) {
			double[] scales = interphaseScales(arm);
			for (int r = 1; r <= this.replicates; r++) {
				addImpedanceCell(arm, r, scales[r - 1], cycles, rest);
			}
		}
	}

	// the cells' R_int relative to the arm's nominal series: log-normal scatter, rescaled to a mean of 1
	private double[] interphaseScales(Arm arm) {
		double[] scales = new double[this.replicates];
		for (int r = 1; r <= this.replicates; r++) {
			scales[r - 1] = Math.exp(CELL_SPREAD * clippedGaussian(new Random(cellSeed(impedanceCellCode(arm, r)))));
		}
		double mean = java.util.Arrays.stream(scales).average().orElseThrow();
		return java.util.Arrays.stream(scales).map((scale) -> scale / mean).toArray();
	}

	private static String impedanceCellCode(Arm arm, int replicate) {
		return "EIS-" + arm.tag() + "-" + replicate;
	}

	private void addImpedanceCell(Arm arm, int replicate, double interphaseScale, int cycles, double rest) {
		String code = impedanceCellCode(arm, replicate);
		SymmetricCellParameters p = symmetricParameters(arm, 1.0, cycles, rest).toBuilder()
			.seed(cellSeed(code))
			.build();
		SymmetricCellSimulator simulator = new SymmetricCellSimulator(p);
		LocalDateTime start = FIRST_CYCLING.plusDays(2).plusMinutes(5L * this.cells.size());
		List<SimulatedFile> files = new ArrayList<>();
		files.add(cyclingFile(simulator, code, start));
		List<ImpedanceTruth> truths = new ArrayList<>();
		int channel = 1 + arm.ordinal() * this.replicates + (replicate - 1);
		for (int cycle : EIS_CYCLES) {
			// before cycling; else a minute into the rest after the stripping of the cycle
			double seconds = (cycle == 0) ? -900 : p.initialRestSeconds()
					+ cycle * (2 * p.halfCycleSeconds() + 2 * rest) - rest + 60;
			LocalDateTime measuredAt = start.plusNanos(Math.round(seconds * 1e9));
			EisCircuitParameters circuit = circuit(arm, cycle, interphaseScale);
			SimulatedSpectrum sweep = EisSimulator.sweep(circuit, 0.002, cellSeed(code) * 100 + cycle);
			String name = String.format(Locale.ROOT, "%s_PEIS_C%02d", code, cycle);
			byte[] bytes = BiologicPeisWriter.write(sweep, measuredAt, channel, name + ".mpr",
					code + " after " + cycle + " cycles");
			files.add(new SimulatedFile(name + ".mpt", SimulatedFile.Kind.IMPEDANCE, POTENTIOSTAT_ID,
					Integer.toString(channel), code, measuredAt, (out) -> out.write(bytes)));
			truths.add(new ImpedanceTruth(cycle, measuredAt, circuit));
		}
		this.cells.add(new Cell(code, arm, Configuration.SYMMETRIC_LI_LI, 1.0, replicate, Purpose.IMPEDANCE_SERIES,
				anodeBatch(arm), null, null, DISC_AREA_CM2, "ELY-2501", "SEP-2501", start.minusDays(2),
				symmetricProtocol(simulator, 1.0, cycles, rest), files, simulator.groundTruth(), null, truths));
	}

	private void addPostMortemCells() {
		for (Arm arm : Arm.values()) {
			for (int cycles : List.of(25, 50)) {
				String code = "PM-" + arm.tag() + "-C" + cycles;
				SymmetricCellParameters p = symmetricParameters(arm, 1.0, cycles, 0).toBuilder()
					.seed(cellSeed(code))
					.build();
				SymmetricCellSimulator simulator = new SymmetricCellSimulator(p);
				LocalDateTime start = FIRST_CYCLING.plusDays(2).plusMinutes(5L * this.cells.size());
				this.cells.add(new Cell(code, arm, Configuration.SYMMETRIC_LI_LI, 1.0, 1, Purpose.POST_MORTEM,
						anodeBatch(arm), null, null, DISC_AREA_CM2, "ELY-2501", "SEP-2501", start.minusDays(2),
						symmetricProtocol(simulator, 1.0, cycles, 0), List.of(cyclingFile(simulator, code, start)),
						simulator.groundTruth(), null, List.of()));
				LocalDateTime performed = start.plusSeconds(
						Math.round(p.initialRestSeconds() + cycles * 2 * p.halfCycleSeconds()) + 2 * 3600);
				List<Image> images = new ArrayList<>();
				for (String view : List.of("top view", "cross-section")) {
					String caption = "SEM " + view + " of the " + arm.code() + " electrode after " + cycles
							+ " cycles at 1.0 mA/cm²";
					images.add(new Image(code + "_SEM_" + view.replace(' ', '-') + ".svg", "image/svg+xml", caption,
							placeholder(caption)));
				}
				this.postMortems.add(new PostMortem(code, arm, cycles, performed, observations(arm, cycles), images));
			}
		}
	}

	private static String observations(Arm arm, int cycles) {
		String seen = switch (arm) {
			case LI_RP -> (cycles < 50) ? "mossy and dendritic deposits over most of the surface; a dark dead-Li layer "
					+ "about 15 µm thick" : "porous dead-Li layer about 35 µm thick, cracked; separator stained";
			case LI_LN -> (cycles < 50) ? "denser deposits; the Li3N layer cracked near the edge, mossy Li in the cracks"
					: "dead-Li layer about 20 µm; the Li3N layer fragmented";
			case LI_LZLN -> (cycles < 50) ? "dense, flat, nodular deposits under an intact coating"
					: "dense deposits, dead-Li layer about 10 µm, no dendrites; coating still continuous";
		};
		return "SIMULATED observation (placeholder, not measured): " + seen + ".";
	}

	private static byte[] placeholder(String caption) {
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"480\" viewBox=\"0 0 640 480\">"
				+ "<rect width=\"640\" height=\"480\" fill=\"#d9d9d9\"/>"
				+ "<text x=\"320\" y=\"220\" font-family=\"sans-serif\" font-size=\"28\" text-anchor=\"middle\">"
				+ "SIMULATED placeholder</text>"
				+ "<text x=\"320\" y=\"270\" font-family=\"sans-serif\" font-size=\"16\" text-anchor=\"middle\">"
				+ caption.replace("&", "&amp;").replace("<", "&lt;") + "</text></svg>\n";
		return svg.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	// bulk resistance rising slowly with electrolyte consumption; a thicker, more uniform interphase on coated Li
	private static EisCircuitParameters circuit(Arm arm, int cycle, double interphaseScale) {
		double bulk = switch (arm) {
			case LI_RP -> 3.5;
			case LI_LN -> 3.8;
			case LI_LZLN -> 4.0;
		} + 0.01 * cycle;
		double q = switch (arm) {
			case LI_RP -> 2.0e-5;
			case LI_LN -> 1.4e-5;
			case LI_LZLN -> 1.0e-5;
		};
		return new EisCircuitParameters(bulk, arm.nominalInterphaseResistanceOhms(cycle) * interphaseScale, q, 0.85,
				15);
	}

	private SimulatedFile cyclingFile(CellSimulator simulator, String code, LocalDateTime start) {
		int channel = this.nextChannel++;
		MaccorTextWriter.Header header = MaccorTextWriter.Header.of(simulator, code, start, channel);
		return new SimulatedFile(header.fileName(), SimulatedFile.Kind.CYCLING, CYCLER_ID,
				Integer.toString(channel), code, start, (out) -> MaccorTextWriter.write(simulator, out, header));
	}

	private long cellSeed(String code) {
		return this.seed * 1_000_003L + code.hashCode();
	}

	private static double clippedGaussian(Random random) {
		return Math.max(-2.5, Math.min(2.5, random.nextGaussian()));
	}

	private static int densityIndex(double density) {
		for (int i = 0; i < CURRENT_DENSITIES.size(); i++) {
			if (Math.abs(CURRENT_DENSITIES.get(i) - density) < 1e-9) {
				return i;
			}
		}
		throw new IllegalArgumentException("no cells at " + density + " mA/cm²; the study uses " + CURRENT_DENSITIES);
	}

}
