package org.lilims.cycling;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

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

	/** The newest cycling test of each of the cells that have one, in one query (for pages listing many cells). */
	Map<String, CyclingTestView> newestTestOf(Collection<String> cellCodes);

	/** The tests running now, most recently started first. */
	List<CyclingTestView> running();

	/**
	 * Plans a test on a cell, as {@code POST /api/v1/cells/{code}/cycling-tests} does.
	 * @throws org.lilims.shared.InvalidInputException naming every problem
	 */
	CyclingTestView plan(String cellCode, String cycler, String channel, CyclingProtocol protocol,
			BigDecimal temperatureC, @Nullable Integer plannedCycles);

	/** Moves a test to a new status ({@code RUNNING}, {@code FINISHED}, ...), as the API's status change does. */
	CyclingTestView changeStatus(long testId, String status);

}
