package org.lilims.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import org.lilims.analysis.cycles.CycleAnalysis;
import org.lilims.analysis.cycles.CycleMetrics;
import org.lilims.analysis.cycles.CycleTable;
import org.lilims.analysis.cycles.FullCellMetrics;
import org.lilims.analysis.cycles.FullCellParameters;
import org.lilims.analysis.deposition.DepositionAnalysis;
import org.lilims.analysis.deposition.LayerMetrics;
import org.lilims.analysis.deposition.TargetLayer;
import org.lilims.analysis.eis.CircuitFit;
import org.lilims.analysis.eis.CircuitFitter;
import org.lilims.analysis.eis.ImpedanceSpectrum;
import org.lilims.analysis.eis.InterphaseResistanceSeries;
import org.lilims.analysis.symmetric.CycleLifeEnd;
import org.lilims.analysis.symmetric.SymmetricCellAnalysis;
import org.lilims.analysis.symmetric.SymmetricCellMetrics;
import org.lilims.instrument.DepositionRecord;
import org.lilims.instrument.FileMetadata;
import org.lilims.instrument.ImpedancePoint;
import org.lilims.instrument.InstrumentFormat;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.ParseSink;
import org.lilims.instrument.TimeSeriesRow;
import org.lilims.simulator.CoatingStudyScenario.Arm;
import org.lilims.simulator.CoatingStudyScenario.Cell;
import org.lilims.simulator.CoatingStudyScenario.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The scenario reproduces the paper through the real path, without Spring: its files are parsed by
 * {@link InstrumentParsers} (format detected from the bytes) and fed to the analysis algorithms LiLIMS runs, and the
 * results equal the scenario's ground truth; the arms then compare as the paper reports. A subset: the first Li||Li
 * cell of each arm at 1.0 mA/cm², the first NMC622||Li cell of each arm, every impedance series, the LZLN coating
 * log.
 */
class DemoScenarioAnalysisTests {

	private static final CoatingStudyScenario SCENARIO = CoatingStudyScenario.create();

	@Test
	void symmetricCellsGiveTheirCycleLifeAndNucleationOvervoltageAndLzlnOutlivesRpByAbout80Percent()
			throws IOException {
		Map<Arm, Integer> lives = new EnumMap<>(Arm.class);
		Map<Arm, Double> nucleation = new EnumMap<>(Arm.class);
		for (Arm arm : Arm.values()) {
			Cell cell = SCENARIO.cells(arm, Configuration.SYMMETRIC_LI_LI, 1.0).get(0);
			SymmetricCellAnalysis analysis = new SymmetricCellAnalysis();
			assertThat(parse(cell.cyclingFile(), analysis)).isEqualTo(InstrumentFormat.MACCOR_TEXT);
			SymmetricCellMetrics metrics = analysis.result();
			SymmetricCellGroundTruth truth = cell.symmetricTruth();

			assertThat(metrics.symmetricPolarity()).isTrue();
			assertThat(metrics.cycleLife().end()).isEqualTo(CycleLifeEnd.CUT_OFF_REACHED);
			assertThat(metrics.cycleLife().cycles()).as(cell.code()).isEqualTo(truth.cycleLife());
			assertThat(metrics.nucleation().overvoltageVolts()).as(cell.code())
				.isCloseTo(truth.nucleationOvervoltageVolts(), within(0.006));
			lives.put(arm, metrics.cycleLife().cycles());
			nucleation.put(arm, metrics.nucleation().overvoltageVolts());
		}
		// one cell per arm: the paper's ratio within the cell-to-cell scatter (7 % per cell)
		assertThat((double) lives.get(Arm.LI_LZLN) / lives.get(Arm.LI_RP)).isCloseTo(1.8, within(0.3));
		assertThat(lives.get(Arm.LI_LN)).isBetween(lives.get(Arm.LI_RP), lives.get(Arm.LI_LZLN));
		assertThat(nucleation.get(Arm.LI_RP)).isCloseTo(0.26, within(0.04));
		assertThat(nucleation.get(Arm.LI_LN)).isCloseTo(0.19, within(0.03));
		assertThat(nucleation.get(Arm.LI_LZLN)).isCloseTo(0.20, within(0.03));
		assertThat(nucleation.get(Arm.LI_RP)).isGreaterThan(nucleation.get(Arm.LI_LN))
			.isGreaterThan(nucleation.get(Arm.LI_LZLN));
	}

	@Test
	void fullCellsGiveTheirSoh80CycleAndInitialSpecificCapacity() throws IOException {
		Map<Arm, Integer> soh80 = new EnumMap<>(Arm.class);
		for (Arm arm : Arm.values()) {
			Cell cell = SCENARIO.cells(arm, Configuration.NMC622_LI, null).get(0);
			CycleAnalysis analysis = new CycleAnalysis();
			parse(cell.cyclingFile(), analysis);
			FullCellMetrics metrics = FullCellMetrics.of(analysis.result(),
					FullCellParameters.defaults(cell.cathodeActiveMassMilligrams() / 1000, cell.electrodeAreaCm2()));
			FullCellGroundTruth truth = cell.fullCellTruth();

			assertThat(metrics.cycleAt(80.0)).as(cell.code()).isEqualTo(truth.soh80Cycle());
			double truthSpecific = truth.cycles().get(0).dischargeAmpHours() * 1e6 / cell.cathodeActiveMassMilligrams();
			assertThat(metrics.initialSpecificDischargeCapacityMilliampHoursPerGram())
				.isCloseTo(truthSpecific, within(1e-3 * truthSpecific))
				.isCloseTo(160, within(6.0));
			soh80.put(arm, metrics.cycleAt(80.0));
		}
		assertThat(soh80.get(Arm.LI_RP)).isCloseTo(70, within(7));
		assertThat(soh80.get(Arm.LI_LN)).isCloseTo(71, within(7));
		assertThat(soh80.get(Arm.LI_LZLN)).isCloseTo(105, within(10));
		assertThat(soh80.get(Arm.LI_LZLN)).isGreaterThan(soh80.get(Arm.LI_LN)).isGreaterThan(soh80.get(Arm.LI_RP) - 5);
	}

	@Test
	void impedanceSeriesGiveRintAtTheCycleTheyWereMeasuredInFollowingEachArmsTrend() throws IOException {
		CircuitFitter fitter = new CircuitFitter();
		Map<Arm, List<InterphaseResistanceSeries.Summary>> summaries = new EnumMap<>(Arm.class);
		for (Arm arm : Arm.values()) {
			List<InterphaseResistanceSeries.Summary> armSummaries = new ArrayList<>();
			for (Cell cell : SCENARIO.impedanceCells(arm)) {
				armSummaries.add(impedanceSeries(cell, fitter));
			}
			summaries.put(arm, armSummaries);
		}
		// the paper's trends on the arms' means: coated Li starts more resistive; Li_LN keeps falling, Li_LZLN
		// settles by cycle 10
		double rpAt0 = mean(summaries.get(Arm.LI_RP), InterphaseResistanceSeries.Summary::atCycle0Ohms);
		double lnAt0 = mean(summaries.get(Arm.LI_LN), InterphaseResistanceSeries.Summary::atCycle0Ohms);
		double lzlnAt0 = mean(summaries.get(Arm.LI_LZLN), InterphaseResistanceSeries.Summary::atCycle0Ohms);
		assertThat(lnAt0).isGreaterThan(1.5 * rpAt0);
		assertThat(lzlnAt0).isGreaterThan(1.5 * rpAt0);
		double lnAfter10 = mean(summaries.get(Arm.LI_LN), s -> s.afterCyclesOhms().get(10));
		double lnAfter50 = mean(summaries.get(Arm.LI_LN), s -> s.afterCyclesOhms().get(50));
		assertThat(lnAfter50).isLessThan(0.75 * lnAfter10);
		assertThat(mean(summaries.get(Arm.LI_LN), InterphaseResistanceSeries.Summary::changePercent))
			.isLessThan(-60);
		double lzlnAfter10 = mean(summaries.get(Arm.LI_LZLN), s -> s.afterCyclesOhms().get(10));
		double lzlnAfter50 = mean(summaries.get(Arm.LI_LZLN), s -> s.afterCyclesOhms().get(50));
		assertThat(lzlnAfter50).isCloseTo(lzlnAfter10, within(0.08 * lzlnAfter10));
	}

	// each sweep parsed, placed at its cycle and fitted as LiLIMS does; the cell's R_int series then as the truth's
	private static InterphaseResistanceSeries.Summary impedanceSeries(Cell cell, CircuitFitter fitter)
			throws IOException {
		Start start = new Start();
		CycleAnalysis cycling = new CycleAnalysis();
		parse(cell.cyclingFile(), new Both(start, cycling));
		CycleTable table = cycling.result();
		assertThat(table.complete()).hasSize(50);
		List<SimulatedFile> files = cell.impedanceFiles();
		List<InterphaseResistanceSeries.PlacedResistance> placed = new ArrayList<>();
		List<InterphaseResistanceSeries.PlacedResistance> truths = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			Points points = new Points();
			assertThat(parse(files.get(i), points)).isEqualTo(InstrumentFormat.BIOLOGIC_MPT);
			CoatingStudyScenario.ImpedanceTruth truth = cell.impedanceTruth().get(i);
			// placed at a cycle as LiLIMS places it: the cycle the cell had begun when the sweep started
			LocalDateTime measured = points.start.plusNanos(Math.round(points.list.get(0).testTimeSeconds() * 1e9));
			int cycle = cycleAt(start.time, table, measured);
			assertThat(cycle).as("%s sweep %d", cell.code(), i).isEqualTo(truth.cycle());
			CircuitFit fit = fitter.fit(EisCircuitParameters.CIRCUIT, ImpedanceSpectrum.of(points.list).capacitiveOnly());
			double expected = truth.circuit().interphaseResistanceOhms();
			assertThat(fit.interphaseResistance().ohms()).as("%s R_int after %d cycles", cell.code(), truth.cycle())
				.isCloseTo(expected, within(0.03 * expected));
			placed.add(new InterphaseResistanceSeries.PlacedResistance(cycle, fit.interphaseResistance().ohms()));
			truths.add(new InterphaseResistanceSeries.PlacedResistance(truth.cycle(), expected));
		}
		InterphaseResistanceSeries.Summary summary = InterphaseResistanceSeries.of(placed, List.of(10, 50));
		InterphaseResistanceSeries.Summary truth = InterphaseResistanceSeries.of(truths, List.of(10, 50));
		assertThat(summary.atCycle0Ohms()).isCloseTo(truth.atCycle0Ohms(), within(0.03 * truth.atCycle0Ohms()));
		for (int cycles : List.of(10, 50)) {
			double expected = truth.afterCyclesOhms().get(cycles);
			assertThat(summary.afterCyclesOhms().get(cycles)).as("%s after %d", cell.code(), cycles)
				.isCloseTo(expected, within(0.03 * expected));
		}
		assertThat(summary.changePercent()).isCloseTo(truth.changePercent(), within(4.0));
		return summary;
	}

	private static double mean(List<InterphaseResistanceSeries.Summary> summaries,
			java.util.function.Function<InterphaseResistanceSeries.Summary, Double> value) {
		return summaries.stream().mapToDouble(summary -> value.apply(summary)).average().orElseThrow();
	}

	@Test
	void theLzlnCoatingLogGivesEachLayersThickness() throws IOException {
		CoatingStudyScenario.CoatingRun run = SCENARIO.coatingRuns()
			.stream()
			.filter((r) -> r.arm() == Arm.LI_LZLN)
			.findFirst()
			.orElseThrow();
		DepositionAnalysis analysis = new DepositionAnalysis();
		assertThat(parse(run.log(), analysis)).isEqualTo(InstrumentFormat.INFICON_SQC310);

		List<LayerMetrics> layers = analysis.result(run.layers()
			.stream()
			.map((l) -> new TargetLayer(l.material(), l.targetThicknessNm(), l.rateNmPerS()))
			.toList());

		assertThat(layers).extracting(LayerMetrics::material).containsExactly("Zn", "Li");
		for (int i = 0; i < layers.size(); i++) {
			DepositionGroundTruth.Layer truth = run.groundTruth().layers().get(i);
			assertThat(layers.get(i).finalThicknessNm()).isCloseTo(truth.finalThicknessNm(), within(1e-6));
			assertThat(layers.get(i).thicknessDeviationPercent()).isCloseTo(0, within(0.1));
			assertThat(layers.get(i).meanRateNmPerS()).isCloseTo(truth.meanRateNmPerS(), within(1e-9));
		}
		assertThat(layers.get(0).finalThicknessNm()).isCloseTo(300, within(0.1));
		assertThat(layers.get(1).finalThicknessNm()).isCloseTo(100, within(0.1));
	}

	// CycleClock's rule: the last cycle whose first sample is not after the time, 0 before the cycling began
	private static int cycleAt(LocalDateTime cyclingStart, CycleTable table, LocalDateTime time) {
		double seconds = Duration.between(cyclingStart, time).toMillis() / 1000.0;
		int cycle = 0;
		for (CycleMetrics metrics : table.cycles()) {
			if (metrics.startSeconds() <= seconds) {
				cycle = metrics.cycle();
			}
		}
		return cycle;
	}

	// streams a (possibly large) file into the parser without holding it in memory
	private static InstrumentFormat parse(SimulatedFile file, ParseSink sink) throws IOException {
		if (file.kind() != SimulatedFile.Kind.CYCLING) {
			return InstrumentParsers.parse(new ByteArrayInputStream(file.bytes()), file.fileName(), ZoneOffset.UTC,
					sink);
		}
		PipedInputStream in = new PipedInputStream(1 << 16);
		PipedOutputStream out = new PipedOutputStream(in);
		CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
			try (out) {
				file.writeTo(out);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		try (InputStream input = in) {
			InstrumentFormat format = InstrumentParsers.parse(input, file.fileName(), ZoneOffset.UTC, sink);
			input.transferTo(java.io.OutputStream.nullOutputStream());
			writing.join();
			return format;
		}
	}

	private static final class Points implements ParseSink {

		LocalDateTime start;

		final List<ImpedancePoint> list = new ArrayList<>();

		@Override
		public void metadata(FileMetadata metadata) {
			this.start = metadata.startTime();
		}

		@Override
		public void impedance(ImpedancePoint point) {
			this.list.add(point);
		}

	}

	private static final class Start implements ParseSink {

		LocalDateTime time;

		@Override
		public void metadata(FileMetadata metadata) {
			this.time = metadata.startTime();
		}

	}

	private record Both(ParseSink first, ParseSink second) implements ParseSink {

		@Override
		public boolean wantsExtraColumns() {
			return false;
		}

		@Override
		public void metadata(FileMetadata metadata) {
			this.first.metadata(metadata);
			this.second.metadata(metadata);
		}

		@Override
		public void row(TimeSeriesRow row) {
			this.first.row(row);
			this.second.row(row);
		}

		@Override
		public void deposition(DepositionRecord record) {
			this.first.deposition(record);
			this.second.deposition(record);
		}

	}

}
