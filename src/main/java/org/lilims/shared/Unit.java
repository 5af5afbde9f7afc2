package org.lilims.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The units LiLIMS records, each with its dimension and its factor to the dimension's base unit. Symbols are what
 * people type; ASCII spellings ({@code um}, {@code cm2}, {@code uL}, {@code degC}) are accepted too.
 */
public enum Unit {

	NANOMETRE("nm", Dimension.LENGTH, "1e-9"), MICROMETRE("µm", Dimension.LENGTH, "1e-6", "um", "μm", "micron"),
	MILLIMETRE("mm", Dimension.LENGTH, "1e-3"), CENTIMETRE("cm", Dimension.LENGTH, "1e-2"),
	METRE("m", Dimension.LENGTH, "1"),

	SQUARE_MILLIMETRE("mm²", Dimension.AREA, "1e-2", "mm2", "mm^2"),
	SQUARE_CENTIMETRE("cm²", Dimension.AREA, "1", "cm2", "cm^2"),

	MICROLITRE("µL", Dimension.VOLUME, "1e-3", "uL", "ul", "µl", "μL", "μl"), MILLILITRE("mL", Dimension.VOLUME, "1", "ml"),
	LITRE("L", Dimension.VOLUME, "1e3", "l"),

	MILLIGRAM("mg", Dimension.MASS, "1e-3"), GRAM("g", Dimension.MASS, "1"),

	PIECES("pcs", Dimension.COUNT, "1", "count", "pc", "piece", "pieces"),

	SECOND("s", Dimension.DURATION, "1", "sec"), MINUTE("min", Dimension.DURATION, "60"),
	HOUR("h", Dimension.DURATION, "3600", "hr"),

	PASCAL("Pa", Dimension.PRESSURE, "1", "pa"), MILLIBAR("mbar", Dimension.PRESSURE, "100"),
	BAR("bar", Dimension.PRESSURE, "1e5"),

	DEGREE_CELSIUS("°C", Dimension.TEMPERATURE, "1", "degC", "C", "celsius", "ºC"),

	NANOMETRE_PER_SECOND("nm/s", Dimension.RATE_LENGTH_PER_TIME, "1", "nm s-1"),
	ANGSTROM_PER_SECOND("Å/s", Dimension.RATE_LENGTH_PER_TIME, "0.1", "A/s"),

	NANOAMPERE("nA", Dimension.CURRENT, "1e-9"), PICOAMPERE("pA", Dimension.CURRENT, "1e-12"),
	MILLIAMPERE("mA", Dimension.CURRENT, "1e-3"), AMPERE("A", Dimension.CURRENT, "1"),

	MILLIAMPERE_PER_SQUARE_CENTIMETRE("mA/cm²", Dimension.CURRENT_DENSITY, "1", "mA/cm2", "mA cm-2"),
	MILLIAMPERE_HOUR_PER_SQUARE_CENTIMETRE("mAh/cm²", Dimension.AREAL_CAPACITY, "1", "mAh/cm2", "mAh cm-2"),
	MILLIGRAM_PER_SQUARE_CENTIMETRE("mg/cm²", Dimension.AREAL_MASS, "1", "mg/cm2", "mg cm-2"),
	MILLIAMPERE_PER_GRAM("mA/g", Dimension.SPECIFIC_CURRENT, "1", "mA g-1"),
	MILLIAMPERE_HOUR_PER_GRAM("mAh/g", Dimension.SPECIFIC_CAPACITY, "1", "mAh g-1"),
	MILLIAMPERE_HOUR("mAh", Dimension.CAPACITY, "1e-3"), AMPERE_HOUR("Ah", Dimension.CAPACITY, "1"),

	MILLIVOLT("mV", Dimension.VOLTAGE, "1e-3"), VOLT("V", Dimension.VOLTAGE, "1"),
	KILOVOLT("kV", Dimension.VOLTAGE, "1e3"),

	HERTZ("Hz", Dimension.FREQUENCY, "1"), KILOHERTZ("kHz", Dimension.FREQUENCY, "1e3"),
	MEGAHERTZ("MHz", Dimension.FREQUENCY, "1e6"),

	PERCENT("%", Dimension.FRACTION, "1e-2", "percent"), PPM("ppm", Dimension.FRACTION, "1e-6"),

	MOLAR("M", Dimension.CONCENTRATION, "1", "mol/L", "mol/l"),

	SCCM("sccm", Dimension.FLOW, "1"),

	WATT("W", Dimension.POWER, "1");

	private static final Map<String, Unit> BY_SPELLING = new HashMap<>();

	static {
		for (Unit unit : values()) {
			BY_SPELLING.put(unit.symbol, unit);
			for (String alias : unit.aliases) {
				BY_SPELLING.putIfAbsent(alias, unit);
			}
		}
	}

	private final String symbol;

	private final Dimension dimension;

	private final BigDecimal factorToBase;

	private final List<String> aliases;

	Unit(String symbol, Dimension dimension, String factorToBase, String... aliases) {
		this.symbol = symbol;
		this.dimension = dimension;
		this.factorToBase = new BigDecimal(factorToBase);
		this.aliases = List.of(aliases);
	}

	public String symbol() {
		return this.symbol;
	}

	public Dimension dimension() {
		return this.dimension;
	}

	/**
	 * The unit a person or script wrote, by symbol or one of its listed spellings. Case matters ({@code mA} is not
	 * {@code MA}); the usual lower-case variants are listed as spellings.
	 */
	public static Optional<Unit> parse(@Nullable String spelling) {
		return (spelling != null) ? Optional.ofNullable(BY_SPELLING.get(spelling.trim())) : Optional.empty();
	}

	public boolean convertibleTo(Unit other) {
		return this.dimension == other.dimension;
	}

	/**
	 * The same amount in another unit of the same dimension.
	 * @throws IllegalArgumentException if the dimensions differ
	 */
	public BigDecimal convert(BigDecimal value, Unit target) {
		if (!convertibleTo(target)) {
			throw new IllegalArgumentException("Cannot convert " + this.symbol + " to " + target.symbol);
		}
		if (this == target) {
			return value;
		}
		return value.multiply(this.factorToBase).divide(target.factorToBase, MathContext.DECIMAL64).stripTrailingZeros();
	}

}
