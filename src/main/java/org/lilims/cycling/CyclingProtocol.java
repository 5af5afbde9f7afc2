package org.lilims.cycling;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.jspecify.annotations.Nullable;

/**
 * How a cell is cycled; shown to clients with its {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = CyclingProtocol.SymmetricPlatingStripping.class,
		name = "SYMMETRIC_PLATING_STRIPPING"),
		@JsonSubTypes.Type(value = CyclingProtocol.FullCellGalvanostatic.class, name = "FULL_CELL_GALVANOSTATIC") })
public sealed interface CyclingProtocol {

	ProtocolType type();

	/**
	 * Plating and stripping in a symmetric Li||Li cell, e.g. 1 mA/cm² to 0.5 mAh/cm² within ±1.5 V.
	 *
	 * @param currentDensityMaPerCm2 current density in mA/cm²
	 * @param arealCapacityMahPerCm2 capacity plated (then stripped) per half cycle in mAh/cm²
	 * @param cutoffVoltageV the test stops beyond ± this voltage, in V
	 */
	record SymmetricPlatingStripping(BigDecimal currentDensityMaPerCm2, BigDecimal arealCapacityMahPerCm2,
			BigDecimal cutoffVoltageV) implements CyclingProtocol {

		@Override
		public ProtocolType type() {
			return ProtocolType.SYMMETRIC_PLATING_STRIPPING;
		}

	}

	/**
	 * Galvanostatic cycling of a full cell, e.g. 3.0–4.3 V at C/5 with 1C = 180 mA/g.
	 *
	 * @param lowerVoltageV lower end of the voltage window in V
	 * @param upperVoltageV upper end of the voltage window in V
	 * @param cRate charge and discharge rate in multiples of 1C, e.g. 0.2
	 * @param oneCSpecificCurrentMaPerG 1C defined per gram of active material, in mA/g (or {@code null})
	 * @param oneCCapacityMah 1C defined by the cell's capacity, in mAh (or {@code null})
	 * @param restMin rest after each charge and discharge, in min
	 * @param formationCycles slow cycles before the test proper, if any
	 */
	record FullCellGalvanostatic(BigDecimal lowerVoltageV, BigDecimal upperVoltageV, BigDecimal cRate,
			@Nullable BigDecimal oneCSpecificCurrentMaPerG, @Nullable BigDecimal oneCCapacityMah,
			@Nullable BigDecimal restMin, @Nullable Integer formationCycles) implements CyclingProtocol {

		@Override
		public ProtocolType type() {
			return ProtocolType.FULL_CELL_GALVANOSTATIC;
		}

	}

}
