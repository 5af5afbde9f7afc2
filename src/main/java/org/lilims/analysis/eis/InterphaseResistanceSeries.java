package org.lilims.analysis.eis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * R_int of a cell over its cycling, from its spectra in measurement order, each placed at the cycle the cell had begun
 * when it was measured (0 before the cycling began). The rules:
 * <ul>
 * <li>at cycle 0: the first spectrum placed at cycle 0 (measured before cycling);</li>
 * <li>after N cycles: the first spectrum placed at a cycle ≥ N (measured once cycle N had begun, e.g. in the rest after
 * it), absent when none was;</li>
 * <li>relative change: (R_int of the newest spectrum − R_int at cycle 0) / R_int at cycle 0 × 100, absent without a
 * cycle-0 value or without a later spectrum.</li>
 * </ul>
 * Spectra without a fitted R_int are left out; spectra without a cycle (no cycling data or no times) count only as the
 * newest.
 */
public final class InterphaseResistanceSeries {

	private InterphaseResistanceSeries() {
	}

	/**
	 * One spectrum's R_int at its cycle.
	 *
	 * @param cycle the cycle the cell had begun when the spectrum was measured, null when unknown
	 * @param ohms its R_int
	 */
	public record PlacedResistance(@Nullable Integer cycle, double ohms) {
	}

	/**
	 * The series' headline values.
	 *
	 * @param atCycle0Ohms R_int before cycling, null without such a spectrum
	 * @param afterCyclesOhms R_int after each asked number of cycles that a spectrum reached
	 * @param newestOhms R_int of the newest spectrum, null without any
	 * @param changePercent relative change from cycle 0 to the newest spectrum, null when not computable
	 */
	public record Summary(@Nullable Double atCycle0Ohms, Map<Integer, Double> afterCyclesOhms,
			@Nullable Double newestOhms, @Nullable Double changePercent) {

		public Summary {
			afterCyclesOhms = Map.copyOf(afterCyclesOhms);
		}

	}

	/**
	 * @param spectra the cell's spectra, oldest first
	 * @param afterCycles the numbers of cycles N to report R_int after (N ≥ 1)
	 */
	public static Summary of(List<PlacedResistance> spectra, List<Integer> afterCycles) {
		List<PlacedResistance> fitted = spectra.stream().filter(s -> Double.isFinite(s.ohms())).toList();
		PlacedResistance initial = fitted.stream()
			.filter(s -> s.cycle() != null && s.cycle() == 0)
			.findFirst()
			.orElse(null);
		Map<Integer, Double> after = new LinkedHashMap<>();
		for (int cycles : afterCycles) {
			fitted.stream()
				.filter(s -> s.cycle() != null && s.cycle() >= cycles)
				.findFirst()
				.ifPresent(s -> after.put(cycles, s.ohms()));
		}
		PlacedResistance newest = fitted.isEmpty() ? null : fitted.get(fitted.size() - 1);
		Double change = (initial != null && newest != null && newest != initial && initial.ohms() != 0)
				? (newest.ohms() - initial.ohms()) / initial.ohms() * 100 : null;
		return new Summary((initial != null) ? initial.ohms() : null, after,
				(newest != null) ? newest.ohms() : null, change);
	}

}
