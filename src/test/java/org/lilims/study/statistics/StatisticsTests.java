package org.lilims.study.statistics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Descriptive statistics and Welch's interval on numbers checked by hand.
 */
class StatisticsTests {

	@Test
	void describesAnOddAndAnEvenSample() {
		// {190, 200, 210}: mean 200, squares 100 + 0 + 100 over n - 1 = 2 -> sd 10
		Descriptive odd = Descriptive.of(200, 210, 190).orElseThrow();
		assertThat(odd).isEqualTo(new Descriptive(3, 200, 10, 200, 190, 210));
		// {1, 2, 4, 9}: mean 4, median (2 + 4) / 2 = 3, squares 9 + 4 + 0 + 25 = 38 / 3 -> sd 3.5590
		Descriptive even = Descriptive.of(9, 1, 4, 2).orElseThrow();
		assertThat(even.median()).isEqualTo(3);
		assertThat(even.sd()).isCloseTo(Math.sqrt(38.0 / 3), within(1e-12));
		assertThat(Descriptive.of(5).orElseThrow().sd()).isZero();
		assertThat(Descriptive.of()).isEmpty();
	}

	@Test
	void welchIntervalOfAChangeInPercentOfTheReference() {
		// reference {200, 210, 190}: mean 200, sd 10; arm {360, 350, 370}: mean 360, sd 10 -> +80 %.
		// SE = sqrt(100/3 + 100/3) = 8.16497; df = (66.667)^2 / (33.333^2/2 + 33.333^2/2) = 4;
		// t(0.975, 4) = 2.776445 -> half width 22.6697 -> difference [137.330, 182.670] -> [+68.665 %, +91.335 %]
		RelativeChange change = RelativeChange.welch(new double[] { 200, 210, 190 }, new double[] { 360, 350, 370 },
				0.95)
			.orElseThrow();
		assertThat(change.percent()).isCloseTo(80, within(1e-9));
		assertThat(change.degreesOfFreedom()).isCloseTo(4, within(1e-9));
		assertThat(change.lowPercent()).isCloseTo(68.665, within(1e-3));
		assertThat(change.highPercent()).isCloseTo(91.335, within(1e-3));
	}

	@Test
	void unequalVariancesUseWelchSatterthwaiteDegreesOfFreedom() {
		// reference {10, 12}: mean 11, var 2, var/n = 1; arm {20, 30, 40, 50}: mean 35, var 166.667, var/n = 41.667
		// df = 42.667^2 / (1^2/1 + 41.667^2/3) = 1820.44 / 579.70 = 3.1403; t(0.975, 3.1403) = 3.1035 (between the
		// tables' t(3) = 3.182 and t(4) = 2.776); SE = 6.5320 -> difference 24 ± 20.272 -> [+33.89 %, +402.47 %] of 11
		RelativeChange change = RelativeChange.welch(new double[] { 10, 12 }, new double[] { 20, 30, 40, 50 }, 0.95)
			.orElseThrow();
		assertThat(change.percent()).isCloseTo(100 * 24 / 11.0, within(1e-9));
		assertThat(change.degreesOfFreedom()).isCloseTo(3.1403, within(1e-3));
		assertThat(change.lowPercent()).isCloseTo(33.891, within(1e-2));
		assertThat(change.highPercent()).isCloseTo(402.473, within(1e-2));
	}

	@Test
	void aSingleValueGivesAChangeWithoutAnInterval() {
		RelativeChange change = RelativeChange.welch(new double[] { 100 }, new double[] { 150, 160 }, 0.95)
			.orElseThrow();
		assertThat(change.percent()).isCloseTo(55, within(1e-9));
		assertThat(change.lowPercent()).isNull();
		assertThat(RelativeChange.welch(new double[] {}, new double[] { 1 }, 0.95)).isEmpty();
		assertThat(RelativeChange.welch(new double[] { 0, 0 }, new double[] { 1, 2 }, 0.95)).isEmpty();
	}

}
