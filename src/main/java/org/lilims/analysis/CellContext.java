package org.lilims.analysis;

import java.math.BigDecimal;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingApi;
import org.lilims.cycling.CyclingProtocol;
import org.lilims.cycling.CyclingTestView;
import org.lilims.sample.SampleView;

/**
 * What the analysis needs to know of a cell: how it is built (from its assembly parameters) and how it is cycled
 * (from its newest cycling test).
 *
 * @param code the cell
 * @param configuration {@code SYMMETRIC}, {@code FULL_CELL} or null when not recorded
 * @param electrodeAreaCm2 the (anode) electrode area
 * @param cathodeActiveMassGrams the cathode's active mass, for full cells
 * @param cutoffVoltageVolts the symmetric protocol's cut-off (±), when known
 */
record CellContext(String code, @Nullable String configuration, @Nullable Double electrodeAreaCm2,
		@Nullable Double cathodeActiveMassGrams, @Nullable Double cutoffVoltageVolts) {

	static final double DEFAULT_CUTOFF_VOLTS = 1.5;

	static CellContext of(SampleView cell, CyclingApi cycling) {
		Map<String, Object> parameters = cell.parameters();
		Double massMg = number(parameters.get("cathodeActiveMassMg"));
		Double cutoff = null;
		for (CyclingTestView test : cycling.testsOf(cell.code())) {
			if (test.protocol() instanceof CyclingProtocol.SymmetricPlatingStripping symmetric) {
				cutoff = symmetric.cutoffVoltageV().doubleValue();
				break;
			}
		}
		Object configuration = parameters.get("configuration");
		return new CellContext(cell.code(), (configuration != null) ? configuration.toString() : null,
				number(parameters.get("electrodeAreaCm2")), (massMg != null) ? massMg / 1000 : null, cutoff);
	}

	boolean isSymmetric() {
		return "SYMMETRIC".equals(this.configuration);
	}

	boolean isFullCell() {
		return "FULL_CELL".equals(this.configuration);
	}

	private static @Nullable Double number(@Nullable Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof String text) {
			try {
				return new BigDecimal(text.trim()).doubleValue();
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
