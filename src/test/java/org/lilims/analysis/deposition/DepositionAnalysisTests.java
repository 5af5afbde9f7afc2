package org.lilims.analysis.deposition;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lilims.instrument.DepositionRecord;
import org.lilims.instrument.InstrumentParsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Layer metrics on hand-checkable readings (rates 0.4, 0.5, 0.6 nm/s: mean 0.5, sample deviation 0.1) and on the
 * synthetic SQC-310 log of a Zn + Li run (rates written in Å/s, thickness in kÅ).
 */
class DepositionAnalysisTests {

	@Test
	void meanAndDeviationOfTheRateFinalThicknessAndDeviationFromTheTarget() {
		DepositionAnalysis analysis = new DepositionAnalysis();
		analysis.deposition(record(reading(1, 0, 0, 0)));
		analysis.deposition(record(reading(1, 100, 0.4, 40)));
		analysis.deposition(record(reading(1, 200, 0.5, 90)));
		analysis.deposition(record(reading(1, 300, 0.6, 150)));
		analysis.deposition(record(reading(1, 320, 0, 150)));

		LayerMetrics layer = analysis.result(List.of(new TargetLayer("Zn", 300.0, 0.5))).get(0);

		assertThat(layer.material()).isEqualTo("Zn");
		assertThat(layer.finalThicknessNm()).isEqualTo(150);
		assertThat(layer.meanRateNmPerS()).isCloseTo(0.5, within(1e-12));
		assertThat(layer.rateStandardDeviationNmPerS()).isCloseTo(0.1, within(1e-12));
		assertThat(layer.depositionSeconds()).isEqualTo(200);
		assertThat(layer.readings()).isEqualTo(5);
		assertThat(layer.thicknessDeviationPercent()).isCloseTo(-50, within(1e-12));
		assertThat(layer.rateDeviationPercent()).isCloseTo(0, within(1e-9));
	}

	@Test
	void layersMatchTheirTargetsByMaterialElseInOrder() {
		DepositionAnalysis analysis = new DepositionAnalysis();
		analysis.deposition(record(reading(1, 0, 1, 100).withMaterial("Li")));
		analysis.deposition(record(reading(2, 0, 1, 300).withMaterial("Zn")));

		List<LayerMetrics> layers = analysis.result(List.of(new TargetLayer("Zn", 300.0, 0.5),
				new TargetLayer("Li", 100.0, 1.0)));

		assertThat(layers).extracting(LayerMetrics::targetThicknessNm).containsExactly(100.0, 300.0);
	}

	@Test
	void readsTheSynthesisedSqc310Log() throws IOException {
		DepositionAnalysis analysis = new DepositionAnalysis();
		InstrumentParsers.parse(Path.of("src/test/resources/instrument/inficon/sqc310-layout1-zn-li.csv"), analysis);

		List<LayerMetrics> layers = analysis.result(List.of(new TargetLayer("Zn", 300.0, 0.5),
				new TargetLayer("Li", 100.0, 0.2)));

		assertThat(layers).extracting(LayerMetrics::material).containsExactly("Zn", "Li");
		LayerMetrics zinc = layers.get(0);
		// 3.000 kÅ, three readings at 5.00 Å/s (the -1 reading is the controller's "no value")
		assertThat(zinc.finalThicknessNm()).isCloseTo(300, within(1e-9));
		assertThat(zinc.meanRateNmPerS()).isCloseTo(0.5, within(1e-9));
		assertThat(zinc.depositionSeconds()).isCloseTo(600, within(1e-9));
		assertThat(zinc.thicknessDeviationPercent()).isCloseTo(0, within(1e-9));
	}

	private static Reading reading(int layer, double seconds, double rate, double thickness) {
		return new Reading(layer, seconds, rate, thickness, null);
	}

	private record Reading(int layer, double seconds, double rate, double thickness, String material) {

		Reading withMaterial(String name) {
			return new Reading(this.layer, this.seconds, this.rate, this.thickness, name);
		}

	}

	private static DepositionRecord record(Reading r) {
		return new DepositionRecord(1, r.seconds(), r.layer(), r.seconds(), 1, "Deposit", r.rate(), r.thickness(),
				Double.NaN, Double.NaN, Double.NaN, Map.of(),
				(r.material() != null) ? Map.of("material", r.material()) : Map.of("material", "Zn"));
	}

}
