package org.lilims.study;

import java.util.ArrayList;
import java.util.List;

import org.lilims.shared.InvalidInputException;

/**
 * The cycle windows of a study's voltage-against-time panels, typed as {@code 75, 200, 275} (single cycles) or with
 * ranges ({@code 75-77}).
 *
 * @param windows the windows, in the order typed
 */
record CycleWindows(List<Window> windows) {

	static final String DEFAULT = "75, 200, 275";

	static final int MAX_WINDOWS = 6;

	static final int MAX_CYCLES_PER_WINDOW = 20;

	/**
	 * @param fromCycle first cycle
	 * @param toCycle last cycle
	 */
	record Window(int fromCycle, int toCycle) {

		/** The panel's label, the analysis API's label of the curve. */
		String label() {
			return "cycles " + this.fromCycle + "-" + this.toCycle;
		}

	}

	static CycleWindows parse(String text) {
		List<Window> windows = new ArrayList<>();
		for (String part : text.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			String[] ends = part.split("[-–]", 2);
			try {
				int from = Integer.parseInt(ends[0].trim());
				int to = (ends.length > 1) ? Integer.parseInt(ends[1].trim()) : from;
				if (from < 1 || to < from || to - from >= MAX_CYCLES_PER_WINDOW) {
					throw new InvalidInputException("cycles", "a window is a cycle or a range of at most "
							+ MAX_CYCLES_PER_WINDOW + " cycles from 1 on, not " + part);
				}
				windows.add(new Window(from, to));
			}
			catch (NumberFormatException ex) {
				throw new InvalidInputException("cycles", "is not a cycle or range of cycles: " + part);
			}
		}
		if (windows.isEmpty() || windows.size() > MAX_WINDOWS) {
			throw new InvalidInputException("cycles", "name 1 to " + MAX_WINDOWS + " cycle windows, e.g. " + DEFAULT);
		}
		return new CycleWindows(windows);
	}

}
