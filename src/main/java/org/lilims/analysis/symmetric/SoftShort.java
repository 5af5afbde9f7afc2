package org.lilims.analysis.symmetric;

/**
 * A soft short: the plateau overpotential collapsed suddenly below a fraction of its running median and stayed there
 * (see {@link SymmetricCellAnalysisParameters#shortCollapseFraction()}).
 *
 * @param cycle cycle of the first collapsed half-cycle
 * @param halfCycleIndex its index
 * @param referenceVolts median plateau |V| of the half-cycles before it
 * @param plateauVolts its plateau |V|
 */
public record SoftShort(int cycle, int halfCycleIndex, double referenceVolts, double plateauVolts) {
}
