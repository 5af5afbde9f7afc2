package org.lilims.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Draws a sample's ancestors and descendants as inline SVG, laid out in layers: one column per generation (ancestors
 * left of the sample, descendants right of it), boxes linking to the samples' pages and arrows from parent to child
 * labelled with the step that made the child. No script and no external library, so it prints and passes the CSP.
 */
final class LineageSvg {

	static final int BOX_WIDTH = 180;

	static final int BOX_HEIGHT = 58;

	static final int COLUMN_GAP = 110;

	static final int ROW_GAP = 18;

	static final int PADDING = 12;

	private static final int MAX_NAME = 24;

	private LineageSvg() {
	}

	static Layout layout(LineageGraph ancestors, LineageGraph descendants) {
		Map<String, LineageGraph.Node> nodes = new LinkedHashMap<>();
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (LineageGraph.Node node : ancestors.nodes()) {
			nodes.put(node.code(), node);
			columns.put(node.code(), -node.depth());
		}
		for (LineageGraph.Node node : descendants.nodes()) {
			nodes.putIfAbsent(node.code(), node);
			columns.putIfAbsent(node.code(), node.depth());
		}
		Set<LineageGraph.Edge> edges = new LinkedHashSet<>(ancestors.edges());
		edges.addAll(descendants.edges());
		Map<Integer, List<String>> byColumn = new TreeMap<>();
		columns.forEach((code, column) -> byColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(code));
		byColumn.values().forEach(codes -> codes.sort(Comparator.naturalOrder()));
		int firstColumn = byColumn.keySet().stream().findFirst().orElse(0);
		int rows = byColumn.values().stream().mapToInt(List::size).max().orElse(1);
		int height = 2 * PADDING + rows * BOX_HEIGHT + (rows - 1) * ROW_GAP;
		int width = 2 * PADDING + byColumn.size() * BOX_WIDTH + (byColumn.size() - 1) * COLUMN_GAP;
		Map<String, Box> boxes = new LinkedHashMap<>();
		byColumn.forEach((column, codes) -> {
			int columnHeight = codes.size() * BOX_HEIGHT + (codes.size() - 1) * ROW_GAP;
			int top = (height - columnHeight) / 2;
			for (int row = 0; row < codes.size(); row++) {
				String code = codes.get(row);
				boxes.put(code, new Box(nodes.get(code), column, PADDING + (column - firstColumn) * (BOX_WIDTH + COLUMN_GAP),
						top + row * (BOX_HEIGHT + ROW_GAP)));
			}
		});
		return new Layout(ancestors.root(), boxes, List.copyOf(edges), width, height);
	}

	/**
	 * @param linkPrefix what goes before a code in a link, e.g. {@code /samples/}
	 * @param stepPrefix what goes before a step id in a link, e.g. {@code /steps/}
	 */
	static String render(LineageGraph ancestors, LineageGraph descendants, String linkPrefix, String stepPrefix) {
		Layout layout = layout(ancestors, descendants);
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\""
			.formatted(layout.width(), layout.height(), layout.width(), layout.height()))
			.append(" role=\"img\" aria-label=\"Genealogy of ").append(escape(layout.root())).append("\">")
			.append("<defs><marker id=\"lineage-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\"")
			.append(" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0L10 5L0 10z\"/></marker></defs>");
		for (LineageGraph.Edge edge : layout.edges()) {
			Box parent = layout.boxes().get(edge.parent());
			Box child = layout.boxes().get(edge.child());
			if (parent != null && child != null) {
				edge(svg, edge, parent, child, stepPrefix);
			}
		}
		for (Box box : layout.boxes().values()) {
			node(svg, box, box.node().code().equals(layout.root()), linkPrefix);
		}
		return svg.append("</svg>").toString();
	}

	private static void edge(StringBuilder svg, LineageGraph.Edge edge, Box parent, Box child, String stepPrefix) {
		int x1 = parent.x() + BOX_WIDTH;
		int y1 = parent.y() + BOX_HEIGHT / 2;
		int x2 = child.x();
		int y2 = child.y() + BOX_HEIGHT / 2;
		int middle = (x1 + x2) / 2;
		svg.append("<path class=\"lineage-edge\" marker-end=\"url(#lineage-arrow)\" d=\"M%d %dC%d %d %d %d %d %d\"/>"
			.formatted(x1, y1, middle, y1, middle, y2, x2, y2));
		if (edge.stepType() != null) {
			String label = "<text class=\"lineage-step\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>"
				.formatted(middle, (y1 + y2) / 2 - 4, escape(stepLabel(edge.stepType())));
			svg.append((edge.stepId() != null) ? "<a href=\"" + escape(stepPrefix + edge.stepId()) + "\">" + label + "</a>"
					: label);
		}
	}

	private static void node(StringBuilder svg, Box box, boolean root, String linkPrefix) {
		LineageGraph.Node node = box.node();
		String classes = "lineage-node" + (root ? " root" : "") + (node.kind().isLot() ? " lot" : "")
				+ ((node.status() != SampleStatus.AVAILABLE) ? " used" : "");
		int x = box.x() + 10;
		svg.append("<a href=\"").append(escape(linkPrefix + node.code())).append("\">")
			.append("<g class=\"").append(classes).append("\">")
			.append("<title>").append(escape(node.code() + " · " + node.kind().label())).append("</title>")
			.append("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\"/>".formatted(box.x(), box.y(), BOX_WIDTH,
					BOX_HEIGHT))
			.append("<text x=\"%d\" y=\"%d\" class=\"lineage-code\">%s</text>".formatted(x, box.y() + 18,
					escape(node.code())))
			.append("<text x=\"%d\" y=\"%d\" class=\"lineage-name\">%s</text>".formatted(x, box.y() + 34,
					escape(shorten((node.name() != null) ? node.name() : ""))))
			.append("<text x=\"%d\" y=\"%d\" class=\"lineage-kind\">%s</text>".formatted(x, box.y() + 49,
					escape(node.kind().label() + ((node.coatingVariant() != null) ? " · " + node.coatingVariant() : ""))))
			.append("</g></a>");
	}

	/** {@code ROLL_PRESSING} → {@code Roll pressing}. */
	static String stepLabel(String stepType) {
		String words = stepType.replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String shorten(String text) {
		return (text.length() > MAX_NAME) ? text.substring(0, MAX_NAME - 1) + "…" : text;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/**
	 * Where each sample goes.
	 *
	 * @param root the sample asked about
	 * @param boxes the samples' boxes by code
	 * @param edges the parent-to-child links, each once
	 * @param width width of the drawing in pixels
	 * @param height its height
	 */
	record Layout(String root, Map<String, Box> boxes, List<LineageGraph.Edge> edges, int width, int height) {
	}

	/**
	 * A sample's box.
	 *
	 * @param node the sample
	 * @param column its generation: negative for ancestors, 0 for the sample asked about, positive for descendants
	 * @param x left edge
	 * @param y top edge
	 */
	record Box(LineageGraph.Node node, int column, int x, int y) {
	}

}
