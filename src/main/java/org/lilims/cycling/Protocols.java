package org.lilims.cycling;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingProtocol.FullCellGalvanostatic;
import org.lilims.cycling.CyclingProtocol.SymmetricPlatingStripping;
import org.lilims.cycling.CyclingRequests.ProtocolRequest;

/**
 * Turns a protocol request into a {@link CyclingProtocol}, naming every missing, out-of-range or misplaced field.
 */
final class Protocols {

	private Protocols() {
	}

	/** The request that describes {@code protocol}, to validate a protocol built in code like one sent. */
	static ProtocolRequest request(CyclingProtocol protocol) {
		if (protocol instanceof CyclingProtocol.SymmetricPlatingStripping symmetric) {
			return new ProtocolRequest(ProtocolType.SYMMETRIC_PLATING_STRIPPING.name(),
					symmetric.currentDensityMaPerCm2(), symmetric.arealCapacityMahPerCm2(), symmetric.cutoffVoltageV(),
					null, null, null, null, null, null, null);
		}
		FullCellGalvanostatic full = (FullCellGalvanostatic) protocol;
		return new ProtocolRequest(ProtocolType.FULL_CELL_GALVANOSTATIC.name(), null, null, null, full.lowerVoltageV(),
				full.upperVoltageV(), full.cRate(), full.oneCSpecificCurrentMaPerG(), full.oneCCapacityMah(),
				full.restMin(), full.formationCycles());
	}

	static @Nullable CyclingProtocol from(@Nullable ProtocolRequest request, String prefix, Checks checks) {
		if (request == null) {
			checks.add(prefix.substring(0, prefix.length() - 1), "is required, with its type: one of "
					+ ProtocolType.SYMMETRIC_PLATING_STRIPPING + ", " + ProtocolType.FULL_CELL_GALVANOSTATIC);
			return null;
		}
		Optional<ProtocolType> type = checks.choice(request.type(), ProtocolType.class, prefix + "type");
		if (type.isEmpty()) {
			return null;
		}
		refuseFieldsOfOtherType(request, type.get(), prefix, checks);
		return (type.get() == ProtocolType.SYMMETRIC_PLATING_STRIPPING) ? symmetric(request, prefix, checks)
				: fullCell(request, prefix, checks);
	}

	private static @Nullable CyclingProtocol symmetric(ProtocolRequest request, String prefix, Checks checks) {
		BigDecimal currentDensity = checks.positive(request.currentDensityMaPerCm2(),
				prefix + "currentDensityMaPerCm2", "mA/cm²");
		BigDecimal arealCapacity = checks.positive(request.arealCapacityMahPerCm2(),
				prefix + "arealCapacityMahPerCm2", "mAh/cm²");
		BigDecimal cutoff = checks.positive(request.cutoffVoltageV(), prefix + "cutoffVoltageV", "V");
		return (currentDensity != null && arealCapacity != null && cutoff != null)
				? new SymmetricPlatingStripping(currentDensity, arealCapacity, cutoff) : null;
	}

	private static @Nullable CyclingProtocol fullCell(ProtocolRequest request, String prefix, Checks checks) {
		BigDecimal lower = checks.positive(request.lowerVoltageV(), prefix + "lowerVoltageV", "V");
		BigDecimal upper = checks.positive(request.upperVoltageV(), prefix + "upperVoltageV", "V");
		if (lower != null && upper != null && lower.compareTo(upper) >= 0) {
			checks.add(prefix + "upperVoltageV", "must be above lowerVoltageV (" + lower.toPlainString() + " V), not "
					+ upper.toPlainString() + " V");
		}
		BigDecimal cRate = checks.positive(request.cRate(), prefix + "cRate", "C (e.g. 0.2 for C/5)");
		BigDecimal perGram = checks.optionalPositive(request.oneCSpecificCurrentMaPerG(),
				prefix + "oneCSpecificCurrentMaPerG", "mA/g");
		BigDecimal capacity = checks.optionalPositive(request.oneCCapacityMah(), prefix + "oneCCapacityMah", "mAh");
		if ((request.oneCSpecificCurrentMaPerG() == null) == (request.oneCCapacityMah() == null)) {
			checks.add(prefix + "oneCSpecificCurrentMaPerG", "define 1C by exactly one of oneCSpecificCurrentMaPerG "
					+ "(e.g. 180 mA/g) or oneCCapacityMah (the cell's capacity in mAh)");
		}
		BigDecimal rest = request.restMin();
		if (rest != null && rest.signum() < 0) {
			checks.add(prefix + "restMin", "must not be negative, not " + rest.toPlainString());
		}
		Integer formation = request.formationCycles();
		if (formation != null && formation < 0) {
			checks.add(prefix + "formationCycles", "must not be negative, not " + formation);
		}
		boolean complete = lower != null && upper != null && lower.compareTo(upper) < 0 && cRate != null
				&& (perGram != null) != (capacity != null);
		return complete ? new FullCellGalvanostatic(lower, upper, cRate, perGram, capacity, rest, formation) : null;
	}

	private static void refuseFieldsOfOtherType(ProtocolRequest request, ProtocolType type, String prefix,
			Checks checks) {
		Map<String, @Nullable Object> misplaced = new LinkedHashMap<>();
		if (type == ProtocolType.SYMMETRIC_PLATING_STRIPPING) {
			misplaced.put("lowerVoltageV", request.lowerVoltageV());
			misplaced.put("upperVoltageV", request.upperVoltageV());
			misplaced.put("cRate", request.cRate());
			misplaced.put("oneCSpecificCurrentMaPerG", request.oneCSpecificCurrentMaPerG());
			misplaced.put("oneCCapacityMah", request.oneCCapacityMah());
			misplaced.put("restMin", request.restMin());
			misplaced.put("formationCycles", request.formationCycles());
		}
		else {
			misplaced.put("currentDensityMaPerCm2", request.currentDensityMaPerCm2());
			misplaced.put("arealCapacityMahPerCm2", request.arealCapacityMahPerCm2());
			misplaced.put("cutoffVoltageV", request.cutoffVoltageV());
		}
		misplaced.forEach((name, value) -> {
			if (value != null) {
				checks.add(prefix + name, "does not apply to a " + type + " protocol");
			}
		});
	}

}
