package org.lilims.analysis;

import org.junit.jupiter.api.Test;

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

}
