/**
 * Metrics of symmetric Li||Li cells: overpotentials per half-cycle, cycle life to the cut-off voltage, soft shorts,
 * nucleation overvoltage. Plain Java, no Spring.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.analysis.symmetric;
