package org.lilims.instrument;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One {@code Quantity / unit} header cell of a Battery Data Format CSV, with the factor to the normalised unit.
 *
 * @param index 0-based column
 * @param unit the source unit ({@code 1} = dimensionless)
 * @param factor multiplier to s, A, V, Ah or Wh
 */
record BdfColumn(int index, String unit, double factor) {

	/**
	 * Finds the first column whose quantity is one of {@code quantities}; null when none.
	 * @throws ParseException when the unit is not one LiLIMS converts
	 */
	static @Nullable BdfColumn find(List<String> names, String... quantities) {
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			int slash = name.lastIndexOf(" / ");
			if (slash < 0) {
				continue;
			}
			String quantity = name.substring(0, slash).strip();
			for (String wanted : quantities) {
				if (quantity.equalsIgnoreCase(wanted)) {
					String unit = name.substring(slash + 3).strip();
					return new BdfColumn(i, unit, factor(unit, name));
				}
			}
		}
		return null;
	}

	private static double factor(String unit, String name) {
		return switch (unit.toLowerCase(Locale.ROOT)) {
			case "1", "s", "a", "v", "ah", "wh" -> 1;
			case "ms" -> 1e-3;
			case "min" -> 60;
			case "h" -> 3600;
			case "d", "day" -> 86400;
			case "ma", "mv", "mah", "mwh" -> 1e-3;
			case "µa", "ua", "µah", "uah" -> 1e-6;
			default -> throw new ParseException(1, "unsupported unit in column '" + name + "'");
		};
	}

	static int indexOf(@Nullable BdfColumn column) {
		return (column != null) ? column.index() : -1;
	}

	static double value(@Nullable BdfColumn column, CsvTable table) {
		return (column != null) ? table.number(column.index()) * column.factor() : Double.NaN;
	}

}
