/**
 * Simulated instrument data with known ground truth, written as instrument exports and labelled SIMULATED: cycler data
 * (symmetric Li||Li plating/stripping, NMC622||Li full cells) as MACCOR text, impedance sweeps as BioLogic PEIS
 * {@code .mpt}, deposition logs as Inficon SQC-310 CSV; and {@link org.lilims.simulator.CoatingStudyScenario}, a
 * published coating study replayed with them. Deterministic for a seed. Plain Java, no Spring.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.lilims.simulator;
