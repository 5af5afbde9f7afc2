package org.lilims.analysis.symmetric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.lilims.instrument.ParseSink;
import org.lilims.instrument.StepKind;
import org.lilims.instrument.TimeSeriesRow;

/**
 * Metrics of a symmetric Li||Li cell cycled galvanostatically, fed the rows of a cycler file one at a time (as a
 * {@link ParseSink}, straight from the parser). Memory holds one summary per half-cycle, whatever the number of rows;
 * a row costs O(1) and allocates nothing.
 * <ul>
 * <li><b>Half-cycles</b> are runs of rows of one direction ({@code C}: stripping, {@code D}: plating), from one change
 * of direction to the next; cycles are counted from the data (see {@link HalfCycleMetrics}).</li>
 * <li><b>Plateau overpotential</b> of a half-cycle: the time-weighted mean |V| from 10 % to 90 % of its duration;
 * of a cycle: the mean of its two half-cycles' ({@link CycleOverpotential}); its growth:
 * {@link OverpotentialGrowth}.</li>
 * <li><b>Cycle life</b>: the number of completed cycles before |V| first reaches the cut-off (1.5 V by default) in any
 * row; when it never does, the number of completed cycles as a lower bound ("censored"); when the overpotential
 * collapsed for good first, a soft short, and the cycles before it ({@link CycleLife}).</li>
 * <li><b>Soft short</b>: a complete half-cycle whose plateau |V| is below half the median plateau of the 10 complete
 * half-cycles before it, followed by 3 more such half-cycles (4 in a row), judged from the 5th half-cycle on
 * ({@link SoftShort}); a short cell keeps cycling at a few mV and must not pass for a long-lived one.</li>
 * <li><b>Nucleation overvoltage</b>: in the first plating half-cycle, the largest |V| before its plateau window (the
 * first 10 %) minus its plateau |V| ({@link NucleationOvervoltage}).</li>
 * <li><b>Profile shape</b> per half-cycle, peaking or arcing ({@link ProfileShape}).</li>
 * </ul>
 * Rows of other states (rest, pause) and rows without a voltage are skipped.
 */
public final class SymmetricCellAnalysis implements ParseSink {

	/** The algorithm's name, recorded with its results. */
	public static final String ALGORITHM = "symmetric-cell";

	/** The algorithm's version, raised whenever a result could change. */
	public static final int VERSION = 1;

	private static final double SYMMETRIC_POLARITY_SHARE = 0.9;

	private final SymmetricCellAnalysisParameters parameters;

	private final double cutOffThreshold;

	private final HalfCycleAccumulator current = new HalfCycleAccumulator();

	private final List<HalfCycleMetrics> closed = new ArrayList<>();

	private @Nullable HalfCycleDirection opening;

	private int cycle;

	private long activeRows;

	private long polarityRows;

	public SymmetricCellAnalysis() {
		this(SymmetricCellAnalysisParameters.defaults());
	}

	public SymmetricCellAnalysis(SymmetricCellAnalysisParameters parameters) {
		this.parameters = parameters;
		this.cutOffThreshold = parameters.cutOffVolts() - parameters.cutOffToleranceVolts();
	}

	@Override
	public boolean wantsExtraColumns() {
		return false;
	}

	@Override
	public boolean wantsTimestamps() {
		return false;
	}

	@Override
	public void row(TimeSeriesRow row) {
		accept(row.testTimeSeconds(), row.kind(), row.currentAmperes(), row.voltageVolts(), row.cycle());
	}

	/**
	 * Adds one row.
	 * @param testTimeSeconds elapsed test time
	 * @param kind the normalised state: charge is stripping, discharge plating, anything else is skipped
	 * @param currentAmperes current (its magnitude is used)
	 * @param voltageVolts cell voltage
	 * @param fileCycle the file's cycle number
	 */
	public void accept(double testTimeSeconds, StepKind kind, double currentAmperes, double voltageVolts,
			int fileCycle) {
		if ((kind != StepKind.CHARGE && kind != StepKind.DISCHARGE) || Double.isNaN(voltageVolts)
				|| Double.isNaN(testTimeSeconds)) {
			if (this.current.open()) {
				this.current.interrupt();
			}
			return;
		}
		HalfCycleDirection direction = (kind == StepKind.DISCHARGE) ? HalfCycleDirection.PLATING
				: HalfCycleDirection.STRIPPING;
		if (!this.current.open() || this.current.direction() != direction) {
			startHalfCycle(direction, fileCycle, testTimeSeconds);
		}
		double magnitude = Math.abs(voltageVolts);
		this.activeRows++;
		if ((direction == HalfCycleDirection.STRIPPING) ? voltageVolts > 0 : voltageVolts < 0) {
			this.polarityRows++;
		}
		this.current.add(testTimeSeconds, magnitude, Math.abs(currentAmperes), magnitude >= this.cutOffThreshold);
	}

	private void startHalfCycle(HalfCycleDirection direction, int fileCycle, double testTimeSeconds) {
		if (this.current.open()) {
			this.closed.add(this.current.metrics(true, this.parameters));
		}
		if (this.opening == null) {
			this.opening = direction;
			this.cycle = 1;
		}
		else if (direction == this.opening) {
			this.cycle++;
		}
		this.current.start(this.closed.size() + 1, this.cycle, fileCycle, direction, testTimeSeconds);
	}

	/**
	 * The metrics of the rows so far; more rows may follow.
	 */
	public SymmetricCellMetrics result() {
		List<HalfCycleMetrics> halfCycles = new ArrayList<>(this.closed);
		if (this.current.open()) {
			HalfCycleMetrics last = this.current.metrics(true, this.parameters);
			halfCycles.add(last.withComplete(last.complete() && lastIsComplete(last)));
		}
		List<CycleOverpotential> cycles = completedCycles(halfCycles);
		@Nullable HalfCycleMetrics cutOff = halfCycles.stream().filter(HalfCycleMetrics::reachedCutOff).findFirst().orElse(null);
		@Nullable SoftShort softShort = softShort(halfCycles, (cutOff != null) ? cutOff.index() : Integer.MAX_VALUE);
		CycleLife life;
		if (softShort != null) {
			life = new CycleLife(softShort.cycle() - 1, CycleLifeEnd.SOFT_SHORT);
		}
		else if (cutOff != null) {
			life = new CycleLife(cutOff.cycle() - 1, CycleLifeEnd.CUT_OFF_REACHED);
		}
		else {
			life = new CycleLife(cycles.size(), CycleLifeEnd.CENSORED);
		}
		int failedIn = (life.end() == CycleLifeEnd.CENSORED) ? Integer.MAX_VALUE : life.cycles() + 1;
		return new SymmetricCellMetrics(ALGORITHM, VERSION, this.parameters, halfCycles, cycles,
				growth(cycles.stream().filter((c) -> c.cycle() < failedIn).toList()), life, softShort,
				nucleation(halfCycles),
				this.activeRows > 0 && this.polarityRows >= SYMMETRIC_POLARITY_SHARE * this.activeRows);
	}

	// the open half-cycle at the end of the data is complete when it passed (nearly) the usual charge
	private boolean lastIsComplete(HalfCycleMetrics last) {
		double[] charges = this.closed.stream()
			.filter(HalfCycleMetrics::complete)
			.mapToDouble(HalfCycleMetrics::chargeMilliampHours)
			.filter((charge) -> !Double.isNaN(charge))
			.toArray();
		return charges.length > 0
				&& last.chargeMilliampHours() >= this.parameters.completeChargeFraction() * median(charges);
	}

	private static List<CycleOverpotential> completedCycles(List<HalfCycleMetrics> halfCycles) {
		List<CycleOverpotential> cycles = new ArrayList<>();
		for (int i = 0; i + 1 < halfCycles.size(); i++) {
			HalfCycleMetrics a = halfCycles.get(i);
			HalfCycleMetrics b = halfCycles.get(i + 1);
			if (a.cycle() == b.cycle() && a.complete() && b.complete()) {
				HalfCycleMetrics plating = (a.direction() == HalfCycleDirection.PLATING) ? a : b;
				HalfCycleMetrics stripping = (plating == a) ? b : a;
				cycles.add(new CycleOverpotential(a.cycle(), plating.plateauVolts(), stripping.plateauVolts(),
						(plating.plateauVolts() + stripping.plateauVolts()) / 2));
			}
		}
		return cycles;
	}

	private @Nullable SoftShort softShort(List<HalfCycleMetrics> halfCycles, int beforeIndex) {
		List<HalfCycleMetrics> usable = halfCycles.stream()
			.filter((h) -> h.complete() && !Double.isNaN(h.plateauVolts()) && h.index() < beforeIndex)
			.toList();
		int window = this.parameters.shortReferenceHalfCycles();
		int persistence = this.parameters.shortPersistenceHalfCycles();
		for (int i = this.parameters.shortMinimumHistoryHalfCycles(); i + persistence <= usable.size(); i++) {
			double[] before = usable.subList(Math.max(0, i - window), i)
				.stream()
				.mapToDouble(HalfCycleMetrics::plateauVolts)
				.toArray();
			double reference = median(before);
			double threshold = this.parameters.shortCollapseFraction() * reference;
			boolean collapsed = true;
			for (int j = i; j < i + persistence && collapsed; j++) {
				collapsed = usable.get(j).plateauVolts() < threshold;
			}
			if (collapsed) {
				HalfCycleMetrics first = usable.get(i);
				return new SoftShort(first.cycle(), first.index(), reference, first.plateauVolts());
			}
		}
		return null;
	}

	private static @Nullable OverpotentialGrowth growth(List<CycleOverpotential> cycles) {
		if (cycles.size() < 2) {
			return null;
		}
		double n = cycles.size();
		double meanX = cycles.stream().mapToDouble(CycleOverpotential::cycle).average().orElseThrow();
		double meanY = cycles.stream().mapToDouble(CycleOverpotential::plateauVolts).average().orElseThrow();
		double sxy = 0;
		double sxx = 0;
		for (CycleOverpotential c : cycles) {
			sxy += (c.cycle() - meanX) * (c.plateauVolts() - meanY);
			sxx += (c.cycle() - meanX) * (c.cycle() - meanX);
		}
		CycleOverpotential first = cycles.get(0);
		CycleOverpotential last = cycles.get(cycles.size() - 1);
		return new OverpotentialGrowth(first.cycle(), last.cycle(), (int) n, first.plateauVolts(),
				last.plateauVolts(), 1000 * (last.plateauVolts() - first.plateauVolts()),
				last.plateauVolts() / first.plateauVolts(), 1000 * sxy / sxx);
	}

	private static @Nullable NucleationOvervoltage nucleation(List<HalfCycleMetrics> halfCycles) {
		return halfCycles.stream()
			.filter((h) -> h.direction() == HalfCycleDirection.PLATING)
			.findFirst()
			.filter((h) -> !Double.isNaN(h.plateauVolts()))
			.map((h) -> new NucleationOvervoltage(h.index(), h.tipVolts(), h.tipSeconds(), h.plateauVolts(),
					h.tipVolts() - h.plateauVolts()))
			.orElse(null);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

}
