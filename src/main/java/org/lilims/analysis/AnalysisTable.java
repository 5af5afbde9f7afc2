package org.lilims.analysis;

import java.util.List;

/**
 * One of a cell page's tables (per cycle, per half-cycle, per impedance spectrum) as shown: its columns with their
 * definitions (the header tooltips) and the rows' values formatted for reading.
 *
 * @param columns the columns, in order
 * @param rows the rows shown
 * @param total how many rows the table has in all (more than shown when only a selection is)
 */
record AnalysisTable(List<DefinitionView> columns, List<Row> rows, int total) {

	/** Whether only a selection of the rows is shown. */
	public boolean partial() {
		return this.rows.size() < this.total;
	}

	/**
	 * A row.
	 *
	 * @param key its first column's value (cycle, half-cycle or spectrum number)
	 * @param cells every column's value as shown
	 */
	record Row(String key, List<String> cells) {
	}

}
