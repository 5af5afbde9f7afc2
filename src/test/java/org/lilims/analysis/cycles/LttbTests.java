package org.lilims.analysis.cycles;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LttbTests {

	@Test
	void keepsTheEndsAndTheSpikeOfEachBucket() {
		// 0, 0, 5, 0, 0, 0, 0, -5, 0, 0: three buckets between the ends keep the two spikes
		double[] x = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		double[] y = { 0, 0, 5, 0, 0, 0, 0, -5, 0, 0 };

		double[][] kept = Lttb.downsample(x, y, 5);

		assertThat(kept[0]).hasSize(5).startsWith(0).endsWith(9);
		assertThat(kept[1]).contains(5.0, -5.0);
	}

	@Test
	void fewerPointsThanTheThresholdAreKeptAsTheyAre() {
		double[][] kept = Lttb.downsample(new double[] { 1, 2 }, new double[] { 3, 4 }, 10);

		assertThat(kept[0]).containsExactly(1, 2);
		assertThat(kept[1]).containsExactly(3, 4);
	}

	@Test
	void aMillionPointsBecomeTheThreshold() {
		int n = 1_000_000;
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = i;
			y[i] = Math.sin(i / 5000.0);
		}

		double[][] kept = Lttb.downsample(x, y, 2000);

		assertThat(kept[0]).hasSize(2000);
		for (int i = 1; i < kept[0].length; i++) {
			assertThat(kept[0][i]).isGreaterThan(kept[0][i - 1]);
		}
	}

}
