package org.lilims.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lilims.analysis.deposition.DepositionAnalysis;
import org.lilims.analysis.deposition.LayerMetrics;
import org.lilims.analysis.deposition.TargetLayer;
import org.lilims.instrument.InstrumentFormat;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.ParseSink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SqcLogSimulatorTests {

	private static final List<DepositionLayer> LZLN = List.of(new DepositionLayer("Zn", 300, 0.5),
			new DepositionLayer("Li", 100, 0.2));

	private static final LocalDateTime START = LocalDateTime.of(2025, 1, 10, 9, 30);

	@Test
	void theLogReadsBackThroughTheSqc310ParserWithEachLayersThicknessAndRate() throws IOException {
		SqcLogWriter writer = new SqcLogWriter("PVD-LZLN-01", START, LZLN, 2, 0.03, 11);
		DepositionAnalysis analysis = new DepositionAnalysis();
		List<String> warnings = new ArrayList<>();

		InstrumentFormat format = InstrumentParsers.parse(new ByteArrayInputStream(writer.bytes()), "run.csv",
				ZoneOffset.UTC, new ParseSink() {

					@Override
					public void deposition(org.lilims.instrument.DepositionRecord record) {
						analysis.deposition(record);
					}

					@Override
					public void warning(long lineNumber, String message) {
						warnings.add(message);
					}

				});

		assertThat(format).isEqualTo(InstrumentFormat.INFICON_SQC310);
		assertThat(warnings).isEmpty();
		List<LayerMetrics> layers = analysis.result(List.of(new TargetLayer("Zn", 300.0, 0.5),
				new TargetLayer("Li", 100.0, 0.2)));
		List<DepositionGroundTruth.Layer> truth = writer.groundTruth().layers();
		assertThat(layers).extracting(LayerMetrics::material).containsExactly("Zn", "Li");
		for (int i = 0; i < 2; i++) {
			LayerMetrics layer = layers.get(i);
			assertThat(layer.finalThicknessNm()).isCloseTo(truth.get(i).finalThicknessNm(), within(1e-9));
			assertThat(layer.finalThicknessNm()).isCloseTo(LZLN.get(i).targetThicknessNm(), within(0.01));
			assertThat(layer.meanRateNmPerS()).isCloseTo(truth.get(i).meanRateNmPerS(), within(1e-9));
			assertThat(layer.meanRateNmPerS()).isCloseTo(LZLN.get(i).rateNmPerS(), within(0.05 * LZLN.get(i).rateNmPerS()));
			assertThat(layer.depositionSeconds()).isCloseTo(truth.get(i).depositionSeconds(), within(0.05));
			assertThat(layer.rateStandardDeviationNmPerS()).isPositive();
		}
		// Zn: 300 nm at about 0.5 nm/s takes about 600 s
		assertThat(layers.get(0).depositionSeconds()).isBetween(540.0, 660.0);
	}

	@Test
	void theSameSeedWritesTheSameLogAndAnotherSeedAnotherOne() {
		byte[] a = new SqcLogWriter("run", START, LZLN, 2, 0.03, 1).bytes();
		assertThat(new SqcLogWriter("run", START, LZLN, 2, 0.03, 1).bytes()).isEqualTo(a);
		assertThat(new SqcLogWriter("run", START, LZLN, 2, 0.03, 2).bytes()).isNotEqualTo(a);
		assertThat(new String(a, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("SIMULATED")
			.contains("Start:   Date: 01/10/2025   Time: 09:30:00")
			.contains("Layer: 2   Film: Li");
	}

}
