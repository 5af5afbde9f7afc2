/**
 * Simulated cycler data with known ground truth (symmetric Li||Li plating/stripping, NMC622||Li full cells), written
 * as instrument exports and labelled SIMULATED; deterministic for a seed. Plain Java, no Spring.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.lilims.simulator;
