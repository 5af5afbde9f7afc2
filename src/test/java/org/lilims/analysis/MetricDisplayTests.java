package org.lilims.analysis;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.lilims.analysis.symmetric.HalfCycleMetrics;
import org.lilims.analysis.symmetric.ProfileShape;

import static org.assertj.core.api.Assertions.assertThat;

class MetricDisplayTests {

	@Test
	void cyclesAreWholeCensoredValuesAreLowerBoundsAndOthersHaveFourSignificantDigits() {
		assertThat(CellAnalysis.display(new MetricValue(7.0, "cycle", false, "full-cell", 1))).isEqualTo("7");
		assertThat(CellAnalysis.display(new MetricValue(212.0, "cycle", true, "full-cell", 1))).isEqualTo("> 212");
		assertThat(CellAnalysis.display(new MetricValue(158.8755, "mAh/g", false, "full-cell", 1))).isEqualTo("158.9");
		assertThat(CellAnalysis.display(new MetricValue(99.5, "%", false, "full-cell", 1))).isEqualTo("99.50");
		assertThat(CellAnalysis.display(new MetricValue(null, "%", false, "full-cell", 1))).isEqualTo("—");
	}

	@Test
	void theCatalogOrdersKnownMetricsFirst() {
		assertThat(MetricCatalog.order(MetricCatalog.COMPLETE_CYCLES)).isLessThan(MetricCatalog.order("soh80Cycle"));
		assertThat(MetricCatalog.order("unknown")).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void longTablesShowTheFirstTenRoundNumberedAndLastCyclesShortOnesWhole() {
		List<Integer> thousand = IntStream.rangeClosed(1, 1003).boxed().toList();
		assertThat(RowSelection.kept(thousand, Integer::intValue)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100,
				200, 300, 400, 500, 600, 700, 800, 900, 1000, 1003);
		// half-cycles: both of each kept cycle
		List<Integer> halfCycles = IntStream.range(0, 2 * 60).map(i -> 1 + i / 2).boxed().toList();
		assertThat(RowSelection.kept(halfCycles, Integer::intValue)).hasSize(2 * 15).contains(10, 20, 60)
			.doesNotContain(11, 59);
		List<Integer> few = IntStream.rangeClosed(1, RowSelection.SHOWN_WHOLE).boxed().toList();
		assertThat(RowSelection.kept(few, Integer::intValue)).isEqualTo(few);
	}

	@Test
	void estimatesShowTheirStandardErrorAndNonFiniteValuesADash() {
		assertThat(Figures.display(new Figures.Estimate(12.3456, 0.04321))).isEqualTo("12.35 ± 0.04321");
		assertThat(Figures.display(new Figures.Estimate(12.3456, Double.NaN))).isEqualTo("12.35");
		assertThat(Figures.display(Double.NaN)).isEqualTo("—");
		assertThat(Figures.display(36_000.4)).isEqualTo("36000");
		assertThat(Figures.display(ProfileShape.PEAKING_AND_ARCING)).isEqualTo("peaking and arcing");
	}

	@Test
	void everyPerCycleColumnIsAFieldOfThePerCycleApiAndIsDefined() {
		Set<String> fields = Arrays.stream(CycleRow.class.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toSet());
		assertThat(TableColumns.CYCLES).allSatisfy(column -> {
			assertThat(fields).contains(column.definition().name());
			assertThat(column.definition().definition()).isNotBlank();
			assertThat(column.definition().scope()).isEqualTo(TableColumns.CYCLE);
		});
		Set<String> halfCycleFields = Arrays.stream(HalfCycleMetrics.class.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toSet());
		assertThat(TableColumns.HALF_CYCLES).allSatisfy(
				column -> assertThat(halfCycleFields).contains(column.definition().name()));
	}

}
