package org.lilims.analysis;

import java.util.List;
import java.util.Locale;

/**
 * A tiny inline SVG line of a series (e.g. the discharge capacity of the last cycles), drawn on the server: numbers
 * only, so it is safe to insert as markup, and it needs no script.
 */
final class Sparkline {

	private static final double WIDTH = 120;

	private static final double HEIGHT = 24;

	private Sparkline() {
	}

	static String svg(List<Double> values, String label) {
		List<Double> finite = values.stream().filter(Double::isFinite).toList();
		if (finite.size() < 2) {
			return "";
		}
		double min = finite.stream().mapToDouble(Double::doubleValue).min().orElse(0);
		double max = finite.stream().mapToDouble(Double::doubleValue).max().orElse(1);
		double span = (max > min) ? max - min : 1;
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < finite.size(); i++) {
			double x = WIDTH * i / (finite.size() - 1);
			double y = HEIGHT - 2 - (HEIGHT - 4) * (finite.get(i) - min) / span;
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
		}
		return String.format(Locale.ROOT,
				"<svg class=\"sparkline\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\" "
						+ "aria-label=\"%s\"><polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" "
						+ "points=\"%s\"/></svg>",
				WIDTH, HEIGHT, WIDTH, HEIGHT, label.replaceAll("[^A-Za-z0-9 .,%/()-]", ""), points.toString().trim());
	}

}
