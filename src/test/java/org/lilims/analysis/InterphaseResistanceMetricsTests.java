package org.lilims.analysis;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lilims.analysis.AnalysisResults.ImpedanceResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A cell's impedance series by hand: R_int 100 Ω before cycling, 80 Ω after cycle 5, 60 Ω after cycle 12 (the first
 * at a cycle ≥ 10), 50 Ω after cycle 40, in two data sets received out of order. R_int at cycle 0 is 100 Ω, after 10
 * cycles 60 Ω, after 50 cycles absent (no sweep that late), change −50 % (50 vs 100 Ω).
 */
class InterphaseResistanceMetricsTests {

	private static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);

	@Test
	void placedSpectraGiveRintAtCycle0AfterNCyclesAndItsChange() {
		ImpedanceResult later = result(fit(3, 12, 60.0), fit(4, 40, 50.0));
		ImpedanceResult earlier = result(fit(1, 0, 100.0), fit(2, 5, 80.0));

		Map<String, MetricValue> metrics = InterphaseResistanceMetrics.of(List.of(later, earlier));

		assertThat(metrics.get("interphaseResistanceCycle0Ohm").value()).isEqualTo(100.0);
		assertThat(metrics.get("interphaseResistanceAfter10CyclesOhm").value()).isEqualTo(60.0);
		assertThat(metrics).doesNotContainKey("interphaseResistanceAfter50CyclesOhm");
		assertThat(metrics.get("interphaseResistanceChangePercent").value()).isCloseTo(-50.0, within(1e-9));
		assertThat(metrics.get("interphaseResistanceChangePercent").unit()).isEqualTo("%");
		assertThat(metrics.values()).allSatisfy(value -> {
			assertThat(value.algorithm()).isEqualTo(InterphaseResistanceMetrics.ALGORITHM);
			assertThat(value.censored()).isFalse();
		});
	}

	@Test
	void aSweepAtExactlyNCyclesCountsAndUnfittedOrUnplacedSpectraDoNotGiveCycleValues() {
		ImpedanceResult series = result(fit(1, 0, null), fit(2, 0, 90.0), fit(3, 10, 70.0), fit(4, 50, 75.0),
				fit(5, null, 72.0));
		// without times the data sets' order counts; the unplaced last spectrum is only the newest
		Map<String, MetricValue> metrics = InterphaseResistanceMetrics.of(List.of(withoutTimes(series)));

		assertThat(metrics.get("interphaseResistanceCycle0Ohm").value()).isEqualTo(90.0);
		assertThat(metrics.get("interphaseResistanceAfter10CyclesOhm").value()).isEqualTo(70.0);
		assertThat(metrics.get("interphaseResistanceAfter50CyclesOhm").value()).isEqualTo(75.0);
		assertThat(metrics.get("interphaseResistanceChangePercent").value()).isCloseTo(-20.0, within(1e-9));
	}

	@Test
	void withoutACycle0SpectrumThereIsNoChangeAndASingleSpectrumHasNoneEither() {
		assertThat(InterphaseResistanceMetrics.of(List.of(result(fit(1, 3, 50.0), fit(2, 60, 40.0)))))
			.containsOnlyKeys("interphaseResistanceAfter10CyclesOhm", "interphaseResistanceAfter50CyclesOhm");
		assertThat(InterphaseResistanceMetrics.of(List.of(result(fit(1, 0, 50.0)))))
			.containsOnlyKeys("interphaseResistanceCycle0Ohm");
		assertThat(InterphaseResistanceMetrics.of(List.of())).isEmpty();
	}

	@Test
	void everyMetricIsDefinedInTheCatalog() {
		assertThat(List.of("interphaseResistanceCycle0Ohm", "interphaseResistanceAfter10CyclesOhm",
				"interphaseResistanceAfter50CyclesOhm", "interphaseResistanceChangePercent"))
			.allSatisfy(name -> assertThat(MetricCatalog.find(name)).hasValueSatisfying(definition -> {
				assertThat(definition.unit()).isIn("Ω", "%");
				assertThat(definition.definition()).isNotBlank();
			}));
	}

	// measured an hour per spectrum number after the start, placed at the given cycle (null: unknown)
	private static SpectrumFit fit(int spectrum, Integer cycle, Double rIntOhms) {
		double[] none = new double[0];
		return new SpectrumFit(spectrum, START.plusHours(spectrum), cycle, "R0-p(R1,CPE1)-W1", List.of(), 0, 0, true,
				rIntOhms, null, none, none, none, none, none, null);
	}

	private static ImpedanceResult result(SpectrumFit... spectra) {
		return new ImpedanceResult(1, 1, "eis.mpt", "sha", 1, Map.of(), Map.of(), Arrays.asList(spectra),
				Instant.EPOCH);
	}

	private static ImpedanceResult withoutTimes(ImpedanceResult result) {
		return result(result.spectra()
			.stream()
			.map(fit -> new SpectrumFit(fit.spectrum(), null, fit.cycle(), fit.circuit(), fit.parameters(),
					fit.chiSquare(), fit.rmseOhms(), fit.converged(), fit.interphaseResistanceOhms(), null,
					fit.frequencyHz(), fit.realOhms(), fit.imaginaryOhms(), fit.fittedRealOhms(),
					fit.fittedImaginaryOhms(), null))
			.toArray(SpectrumFit[]::new));
	}

}
