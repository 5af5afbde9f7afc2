package org.lilims.instrument;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The columns of a row that have no normalised field, kept by name. The row's text is kept whole and split only
 * when a column is asked for, so rows nobody inspects cost one string.
 */
public final class ExtraColumns {

	/** No columns: rows read for a sink that does not want them. */
	public static final ExtraColumns NONE = new ExtraColumns(List.of(), new int[0], "", '\t');

	private final List<String> names;

	private final int[] positions;

	private final String line;

	private final char delimiter;

	ExtraColumns(List<String> names, int[] positions, String line, char delimiter) {
		this.names = names;
		this.positions = positions;
		this.line = line;
		this.delimiter = delimiter;
	}

	public List<String> names() {
		return this.names;
	}

	/**
	 * Returns the cell of the column, trimmed and unquoted; null when the column is absent, empty or {@code N/A}.
	 */
	public @Nullable String get(String name) {
		int index = this.names.indexOf(name);
		return (index < 0) ? null : cell(this.positions[index]);
	}

	public Map<String, @Nullable String> asMap() {
		Map<String, @Nullable String> map = new LinkedHashMap<>();
		for (int i = 0; i < this.names.size(); i++) {
			map.put(this.names.get(i), cell(this.positions[i]));
		}
		return map;
	}

	private @Nullable String cell(int position) {
		int start = 0;
		boolean quoted = false;
		int column = 0;
		for (int i = 0; i <= this.line.length(); i++) {
			char c = (i < this.line.length()) ? this.line.charAt(i) : this.delimiter;
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == this.delimiter && !quoted) {
				if (column == position) {
					String value = this.line.substring(start, i).strip();
					if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
						value = value.substring(1, value.length() - 1).replace("\"\"", "\"").strip();
					}
					return (value.isEmpty() || value.equals("N/A")) ? null : value;
				}
				column++;
				start = i + 1;
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return asMap().toString();
	}

}
