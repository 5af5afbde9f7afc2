package org.lilims.analysis;

/**
 * One plotted curve of a cell, as other modules receive it: points already thinned for plotting where they were many.
 *
 * @param label what it shows (e.g. {@code cycle 1 charge})
 * @param x abscissae (ascending, except along a Nyquist curve)
 * @param y ordinates, as many
 */
public record Curve(String label, double[] x, double[] y) {
}
