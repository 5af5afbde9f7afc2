package org.lilims.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * Where the normalised quantities are in an EC-Lab text export, found by whole column names from a table: names are
 * never split at '/', since {@code ox/red} has no unit, {@code control/V/mA} two and {@code Q charge/discharge/mA.h}
 * a slash in its name.
 */
final class BiologicColumns {

	/** A normalised quantity and the factor from the column's unit to SI. */
	record Known(Quantity quantity, double toSi) {
	}

	enum Quantity {

		TIME, CYCLE, STEP, MODE, CURRENT, VOLTAGE, CHARGE_CAPACITY, DISCHARGE_CAPACITY, ABSOLUTE_ENERGY,
		CHARGE_ENERGY, DISCHARGE_ENERGY, FREQUENCY, REAL_Z, MINUS_IMAGINARY_Z, MAGNITUDE_Z, PHASE_Z

	}

	private static final double MILLI = 1e-3;

	private static final String SIGNED_CAPACITY = "Q charge/discharge/mA.h";

	private static final String HALF_CYCLE = "half cycle";

	private static final String CHARGE_STEP = "dq/mA.h";

	private static final double SECONDS_PER_HOUR = 3600;

	static final Map<String, Known> KNOWN = Map.ofEntries(Map.entry("time/s", new Known(Quantity.TIME, 1)),
			Map.entry("cycle number", new Known(Quantity.CYCLE, 1)), Map.entry("Ns", new Known(Quantity.STEP, 1)),
			Map.entry("mode", new Known(Quantity.MODE, 1)), Map.entry("I/mA", new Known(Quantity.CURRENT, MILLI)),
			Map.entry("<I>/mA", new Known(Quantity.CURRENT, MILLI)),
			Map.entry("Ewe/V", new Known(Quantity.VOLTAGE, 1)), Map.entry("<Ewe>/V", new Known(Quantity.VOLTAGE, 1)),
			Map.entry("Q charge/mA.h", new Known(Quantity.CHARGE_CAPACITY, MILLI)),
			Map.entry("Q discharge/mA.h", new Known(Quantity.DISCHARGE_CAPACITY, MILLI)),
			Map.entry("|Energy|/W.h", new Known(Quantity.ABSOLUTE_ENERGY, 1)),
			Map.entry("Energy charge/W.h", new Known(Quantity.CHARGE_ENERGY, 1)),
			Map.entry("Energy discharge/W.h", new Known(Quantity.DISCHARGE_ENERGY, 1)),
			Map.entry("Energy we charge/W.h", new Known(Quantity.CHARGE_ENERGY, 1)),
			Map.entry("Energy we discharge/W.h", new Known(Quantity.DISCHARGE_ENERGY, 1)),
			Map.entry("freq/Hz", new Known(Quantity.FREQUENCY, 1)),
			Map.entry("Re(Z)/Ohm", new Known(Quantity.REAL_Z, 1)),
			Map.entry("-Im(Z)/Ohm", new Known(Quantity.MINUS_IMAGINARY_Z, 1)),
			Map.entry("|Z|/Ohm", new Known(Quantity.MAGNITUDE_Z, 1)),
			Map.entry("Phase(Z)/deg", new Known(Quantity.PHASE_Z, 1)));

	/** Units of the normalised quantities as EC-Lab writes them. */
	static final Map<String, String> SOURCE_UNITS = Map.of("testTime", "s", "current", "mA", "voltage", "V",
			"capacity", "mA.h", "energy", "W.h", "frequency", "Hz", "impedance", "Ohm", "phase", "deg");

	private final int[] index = new int[Quantity.values().length];

	private final double[] toSi = new double[Quantity.values().length];

	final List<String> extraNames = new ArrayList<>();

	/** {@code Q charge/discharge/mA.h}, kept as an extra column too; -1 when absent. */
	final int signedCapacity;

	final int[] extraPositions;

	/** {@code half cycle}, kept as an extra column too; -1 when absent. */
	private final int halfCycle;

	/** {@code dq/mA.h}, the charge passed since the previous point, kept as an extra column too; -1 when absent. */
	private final int chargeStep;

	BiologicColumns(List<String> names) {
		java.util.Arrays.fill(this.index, -1);
		int[] extras = new int[names.size()];
		for (int i = 0; i < names.size(); i++) {
			Known known = KNOWN.get(names.get(i));
			if (known != null && this.index[known.quantity().ordinal()] < 0) {
				this.index[known.quantity().ordinal()] = i;
				this.toSi[known.quantity().ordinal()] = known.toSi();
			}
			else if (!names.get(i).isEmpty()) {
				extras[this.extraNames.size()] = i;
				this.extraNames.add(names.get(i));
			}
		}
		this.extraPositions = java.util.Arrays.copyOf(extras, this.extraNames.size());
		this.signedCapacity = names.indexOf(SIGNED_CAPACITY);
		this.halfCycle = names.indexOf(HALF_CYCLE);
		this.chargeStep = names.indexOf(CHARGE_STEP);
	}

	/**
	 * The current (A) of a row: the current column, or, where it is absent (GCPL {@code .mpr} files of EC-Lab 11.50),
	 * the mean current since the previous point, {@code dq/mA.h} over the time step, as EC-Lab derives the text
	 * export's {@code <I>/mA}; 0 for the first point. NaN without either.
	 * @param previousTimeSeconds the previous point's time, NaN for the first point
	 */
	double current(IntToDoubleFunction values, double previousTimeSeconds) {
		if (has(Quantity.CURRENT) || this.chargeStep < 0 || !has(Quantity.TIME)) {
			return si(values, Quantity.CURRENT);
		}
		double step = si(values, Quantity.TIME) - previousTimeSeconds;
		if (Double.isNaN(previousTimeSeconds) || step == 0) {
			return 0;
		}
		return values.applyAsDouble(this.chargeStep) * SECONDS_PER_HOUR / step * MILLI;
	}

	/**
	 * The cycle number of a row: the {@code cycle number} column, or, where it is absent ({@code .mpr} files), half
	 * the {@code half cycle} rounded down, as EC-Lab numbers the cycles of its text export; NaN without either.
	 */
	double cycle(IntToDoubleFunction values) {
		if (!has(Quantity.CYCLE) && this.halfCycle >= 0) {
			return Math.floor(values.applyAsDouble(this.halfCycle) / 2);
		}
		return si(values, Quantity.CYCLE);
	}

	/**
	 * The charge and discharge capacities (Ah) of a row: the {@code Q charge} and {@code Q discharge} columns, or,
	 * where they are absent ({@code .mpr} files), the positive and negative parts of {@code Q charge/discharge}, from
	 * which EC-Lab derives them.
	 */
	double[] capacities(IntToDoubleFunction values) {
		if (!has(Quantity.CHARGE_CAPACITY) && !has(Quantity.DISCHARGE_CAPACITY) && this.signedCapacity >= 0) {
			double signed = values.applyAsDouble(this.signedCapacity) * MILLI;
			return new double[] { Math.max(signed, 0), Math.max(-signed, 0) };
		}
		return new double[] { si(values, Quantity.CHARGE_CAPACITY), si(values, Quantity.DISCHARGE_CAPACITY) };
	}

	boolean has(Quantity quantity) {
		return this.index[quantity.ordinal()] >= 0;
	}

	int index(Quantity quantity) {
		return this.index[quantity.ordinal()];
	}

	/** The cell of {@code quantity} in SI units; NaN when the file has no such column or the cell is empty. */
	double si(IntToDoubleFunction values, Quantity quantity) {
		int i = this.index[quantity.ordinal()];
		return (i < 0) ? Double.NaN : values.applyAsDouble(i) * this.toSi[quantity.ordinal()];
	}

}
