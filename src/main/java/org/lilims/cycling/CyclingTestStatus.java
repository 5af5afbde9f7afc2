package org.lilims.cycling;

import java.util.Set;

/**
 * Where a cycling test is in its life: {@code PLANNED → RUNNING → FINISHED | ABORTED}; a planned test that will
 * never run is aborted too.
 */
public enum CyclingTestStatus {

	/** Defined, not yet on the cycler. */
	PLANNED,

	/** On the cycler: its channel's data files belong to it. */
	RUNNING,

	/** Ran to its end. */
	FINISHED,

	/** Stopped early or cancelled, with a reason. */
	ABORTED;

	/** The statuses this one may change to. */
	public Set<CyclingTestStatus> next() {
		return switch (this) {
			case PLANNED -> Set.of(RUNNING, ABORTED);
			case RUNNING -> Set.of(FINISHED, ABORTED);
			case FINISHED, ABORTED -> Set.of();
		};
	}

	public boolean canBecome(CyclingTestStatus other) {
		return next().contains(other);
	}

}
