package org.lilims.cycling;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the cycling module.
 */
public interface CyclingApi {

	/**
	 * The test running on a cycler channel, if any: where the hardware gateway routes that channel's data files.
	 * The cycler name is matched ignoring case and surrounding blanks.
	 */
	Optional<CyclingTestView> runningTestOn(String cycler, String channel);

	Optional<CyclingTestView> find(long id);

	/** The cycling tests of a cell, newest first. */
	List<CyclingTestView> testsOf(String cellCode);

	/** The tests running now, most recently started first. */
	List<CyclingTestView> running();

}
