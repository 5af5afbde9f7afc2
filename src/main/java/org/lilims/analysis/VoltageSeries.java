package org.lilims.analysis;

/**
 * A cell's voltage against test time, thinned for plotting (each kept run's lowest and highest voltage).
 *
 * @param timeSeconds test time of the kept samples
 * @param voltageV their voltage
 */
public record VoltageSeries(double[] timeSeconds, double[] voltageV) {
}
