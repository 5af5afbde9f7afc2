package org.lilims.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingRequests.ScheduleRuleRequest;

/**
 * When to measure EIS, as rules such as "after each of the first 10 cycles, then every 5th up to 50"
 * ({@code [1–10 every 1, 15–50 every 5]}). Cycle 0 means before the first cycle.
 *
 * @param rules the rules, in the order given; overlapping rules measure a cycle once
 */
record EisSchedule(List<Rule> rules) {

	/** Keeps expanded schedules small: no lab cycles a coin cell that long. */
	static final int MAX_CYCLE = 100_000;

	EisSchedule {
		if (rules.isEmpty()) {
			throw new IllegalArgumentException("An EIS schedule needs at least one rule");
		}
		rules = List.copyOf(rules);
	}

	/** The cycle numbers after which to measure, ascending, each once. */
	List<Integer> cycles() {
		TreeSet<Integer> cycles = new TreeSet<>();
		for (Rule rule : this.rules) {
			for (int cycle = rule.fromCycle(); cycle <= rule.toCycle(); cycle += rule.every()) {
				cycles.add(cycle);
			}
		}
		return List.copyOf(cycles);
	}

	/** The schedule the client sent, or {@code null} with every bad field added to {@code checks}. */
	static @Nullable EisSchedule from(@Nullable List<ScheduleRuleRequest> rows, String field, Checks checks) {
		if (rows == null || rows.isEmpty()) {
			checks.add(field, "needs at least one rule, e.g. {\"fromCycle\": 1, \"toCycle\": 10, \"every\": 1}");
			return null;
		}
		List<Rule> rules = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Rule rule = rule(rows.get(i), field + "[" + i + "].", checks);
			if (rule != null) {
				rules.add(rule);
			}
		}
		return (rules.size() == rows.size()) ? new EisSchedule(rules) : null;
	}

	private static @Nullable Rule rule(@Nullable ScheduleRuleRequest row, String prefix, Checks checks) {
		if (row == null) {
			checks.add(prefix.substring(0, prefix.length() - 1), "must be an object");
			return null;
		}
		Integer from = cycle(row.fromCycle(), prefix + "fromCycle", checks);
		Integer to = cycle(row.toCycle(), prefix + "toCycle", checks);
		Integer every = checks.positiveWhole(row.every(), prefix + "every", true);
		if (from != null && to != null && to < from) {
			checks.add(prefix + "toCycle", "must not be before fromCycle (" + from + "), not " + to);
			return null;
		}
		return (from != null && to != null && every != null) ? new Rule(from, to, every) : null;
	}

	private static @Nullable Integer cycle(@Nullable Integer value, String field, Checks checks) {
		if (value == null) {
			checks.add(field, "is required");
			return null;
		}
		if (value < 0 || value > MAX_CYCLE) {
			checks.add(field, "must be between 0 and " + MAX_CYCLE + ", not " + value);
			return null;
		}
		return value;
	}

	/**
	 * Measure after every {@code every}-th cycle from {@code fromCycle} to {@code toCycle}, both included when the
	 * step lands on them.
	 *
	 * @param fromCycle first cycle measured
	 * @param toCycle last cycle that may be measured
	 * @param every step between measured cycles
	 */
	record Rule(int fromCycle, int toCycle, int every) {

		Rule {
			if (fromCycle < 0 || toCycle < fromCycle || toCycle > MAX_CYCLE || every < 1) {
				throw new IllegalArgumentException(
						"Invalid EIS rule: cycles " + fromCycle + "–" + toCycle + " every " + every);
			}
		}

	}

}
