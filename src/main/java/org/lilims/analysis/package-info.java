/**
 * The analysis service: electrochemical metrics derived from the gateway's parsed data sets (per-cycle capacities,
 * coulombic efficiency, state of health, cycle life, overpotentials, nucleation overvoltage, EIS fits), computed by
 * durable jobs and stored with their provenance. The metric algorithms live in plain-Java subpackages without Spring
 * ({@code cycles}, {@code symmetric}, {@code eis}).
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "instrument", "storage", "sample", "cycling", "process" })
package org.lilims.analysis;
