package org.lilims.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Where each normalised quantity sits in a MACCOR column header, found by name: templates add, drop and reorder
 * columns (12, 34 and 38 columns in the shared set).
 */
final class MaccorColumns {

	enum TimeUnit {

		SECONDS("s"), MINUTES("min"), HOURS("h"), DURATION("d hh:mm:ss");

		final String label;

		TimeUnit(String label) {
			this.label = label;
		}

	}

	int cycle = -1;

	int step = -1;

	int testTime = -1;

	TimeUnit testTimeUnit = TimeUnit.SECONDS;

	int current = -1;

	int voltage = -1;

	int capacity = -1;

	int energy = -1;

	int state = -1;

	int timestamp = -1;

	final List<String> names = new ArrayList<>();

	final List<String> extraNames = new ArrayList<>();

	int[] extraPositions = new int[0];

	static MaccorColumns of(List<String> header) {
		MaccorColumns columns = new MaccorColumns();
		columns.names.addAll(header);
		List<Integer> extras = new ArrayList<>();
		String previous = "";
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip();
			if (!columns.map(key(name), i)) {
				// aux channels come as (value, " Units") pairs: name each unit after its value column
				String extraName = name.equalsIgnoreCase("Units") ? previous + " Units" : name;
				if (!extraName.isEmpty() && !columns.extraNames.contains(extraName)) {
					columns.extraNames.add(extraName);
					extras.add(i);
				}
			}
			previous = name;
		}
		columns.extraPositions = extras.stream().mapToInt(Integer::intValue).toArray();
		return columns;
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT).replace(" ", "").replace("[", "(").replace("]", ")");
	}

	private boolean map(String key, int index) {
		switch (key) {
			case "cyc#", "cycle", "cycle#", "cyclep" -> this.cycle = first(this.cycle, index);
			case "step", "step#" -> this.step = first(this.step, index);
			case "test(sec)", "testtime(sec)", "testtime(s)", "test(s)" -> setTime(index, TimeUnit.SECONDS);
			case "test(min)", "testtime(min)" -> setTime(index, TimeUnit.MINUTES);
			case "test(hr)", "testtime(hr)", "testtime(h)" -> setTime(index, TimeUnit.HOURS);
			case "testtime" -> setTime(index, TimeUnit.DURATION);
			case "amps", "amps(a)", "current", "current(a)" -> this.current = first(this.current, index);
			case "volts", "volts(v)", "voltage", "voltage(v)" -> this.voltage = first(this.voltage, index);
			case "amp-hr", "amp-hr(ah)", "capacity(ah)", "ah" -> this.capacity = first(this.capacity, index);
			case "watt-hr", "watt-hr(wh)", "energy(wh)", "wh" -> this.energy = first(this.energy, index);
			case "state", "md", "mode" -> this.state = first(this.state, index);
			case "dpttime", "dpt", "datetime" -> this.timestamp = first(this.timestamp, index);
			default -> {
				return false;
			}
		}
		return true;
	}

	private void setTime(int index, TimeUnit unit) {
		if (this.testTime < 0) {
			this.testTime = index;
			this.testTimeUnit = unit;
		}
	}

	private static int first(int current, int index) {
		return (current >= 0) ? current : index;
	}

	int lastMapped() {
		return Math.max(Math.max(Math.max(this.cycle, this.step), Math.max(this.testTime, this.current)),
				Math.max(Math.max(this.voltage, this.capacity), Math.max(Math.max(this.energy, this.state), this.timestamp)));
	}

	/**
	 * Names the required column that is missing, or null.
	 */
	@Nullable String missing() {
		if (this.testTime < 0) {
			return "no test-time column (Test (Sec), Test (Min) or TestTime)";
		}
		if (this.current < 0) {
			return "no current column (Amps)";
		}
		if (this.voltage < 0) {
			return "no voltage column (Volts)";
		}
		return null;
	}

}
