/**
 * Per-cycle metrics of any cell (capacities, coulombic and energy efficiency, mean voltages) and full-cell metrics
 * (state of health, SOH80, retention), computed from normalised time-series rows. Plain Java, no Spring.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.analysis.cycles;
