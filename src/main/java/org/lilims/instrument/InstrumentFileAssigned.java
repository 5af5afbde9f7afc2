package org.lilims.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.AuditableEvent;

/**
 * A person assigned a gateway file to a cell; recorded on the file's audit trail ({@code instrument-file}, by id).
 *
 * @param id the gateway's id of the file
 * @param fileName its name on the instrument PC
 * @param previousCellCode the cell it was linked to before, if any
 * @param cellCode the cell it belongs to now
 */
public record InstrumentFileAssigned(long id, String fileName, @Nullable String previousCellCode,
		String cellCode) implements AuditableEvent {

	@Override
	public String entityType() {
		return "instrument-file";
	}

	@Override
	public String entityId() {
		return Long.toString(this.id);
	}

	@Override
	public String action() {
		return "ASSIGNED";
	}

	@Override
	public Map<String, Object> before() {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("fileName", this.fileName);
		if (this.previousCellCode != null) {
			before.put("cellCode", this.previousCellCode);
		}
		return before;
	}

	@Override
	public Map<String, Object> after() {
		return Map.of("fileName", this.fileName, "cellCode", this.cellCode);
	}

	@Override
	public @Nullable String reason() {
		return null;
	}

}
