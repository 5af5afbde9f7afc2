package org.lilims.sample;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineageSvgTests {

	private static final LineageGraph.Node LOT = node("LI-0001", SampleKind.LI_FOIL_LOT, "Li 500 µm", 2);

	private static final LineageGraph.Node SEPARATOR = node("SP-0001", SampleKind.SEPARATOR_LOT, "Celgard", 1);

	private static final LineageGraph.Node PRESSED = node("RP-0001", SampleKind.ROLL_PRESSED_FOIL, "Li_rp", 1);

	private static final LineageGraph.Node CELL = node("CC-0001", SampleKind.CELL, "Li||Li <sym>", 0);

	private static final LineageGraph ANCESTORS = new LineageGraph("CC-0001", "ancestors",
			List.of(CELL, PRESSED, SEPARATOR, LOT),
			List.of(new LineageGraph.Edge("LI-0001", "RP-0001", 1L, "ROLL_PRESSING"),
					new LineageGraph.Edge("RP-0001", "CC-0001", 2L, "CELL_ASSEMBLY"),
					new LineageGraph.Edge("SP-0001", "CC-0001", 2L, "CELL_ASSEMBLY")));

	private static final LineageGraph DESCENDANTS = new LineageGraph("CC-0001", "descendants",
			List.of(CELL, node("PM-0001", SampleKind.POST_MORTEM_SPECIMEN, "specimen 1", 1),
					node("PM-0002", SampleKind.POST_MORTEM_SPECIMEN, "specimen 2", 1)),
			List.of(new LineageGraph.Edge("CC-0001", "PM-0001", 3L, "POST_MORTEM"),
					new LineageGraph.Edge("CC-0001", "PM-0002", 3L, "POST_MORTEM")));

	@Test
	void ancestorsGoLeftDescendantsRightOneColumnPerGeneration() {
		LineageSvg.Layout layout = LineageSvg.layout(ANCESTORS, DESCENDANTS);

		assertThat(layout.boxes().keySet()).containsExactlyInAnyOrder("LI-0001", "RP-0001", "SP-0001", "CC-0001",
				"PM-0001", "PM-0002");
		assertThat(layout.boxes().get("LI-0001").column()).isEqualTo(-2);
		assertThat(layout.boxes().get("CC-0001").column()).isZero();
		assertThat(layout.boxes().get("PM-0002").column()).isEqualTo(1);
		int step = LineageSvg.BOX_WIDTH + LineageSvg.COLUMN_GAP;
		assertThat(layout.boxes().get("LI-0001").x()).isEqualTo(LineageSvg.PADDING);
		assertThat(layout.boxes().get("RP-0001").x()).isEqualTo(LineageSvg.PADDING + step);
		assertThat(layout.boxes().get("CC-0001").x()).isEqualTo(LineageSvg.PADDING + 2 * step);
		assertThat(layout.boxes().get("PM-0001").x()).isEqualTo(LineageSvg.PADDING + 3 * step);
		assertThat(layout.width()).isEqualTo(2 * LineageSvg.PADDING + 4 * LineageSvg.BOX_WIDTH + 3 * LineageSvg.COLUMN_GAP);
	}

	@Test
	void samplesOfOneGenerationStackWithoutOverlapAndCentred() {
		LineageSvg.Layout layout = LineageSvg.layout(ANCESTORS, DESCENDANTS);

		LineageSvg.Box pressed = layout.boxes().get("RP-0001");
		LineageSvg.Box separator = layout.boxes().get("SP-0001");
		assertThat(separator.y()).isEqualTo(pressed.y() + LineageSvg.BOX_HEIGHT + LineageSvg.ROW_GAP);
		assertThat(layout.height()).isEqualTo(2 * LineageSvg.PADDING + 2 * LineageSvg.BOX_HEIGHT + LineageSvg.ROW_GAP);
		LineageSvg.Box cell = layout.boxes().get("CC-0001");
		assertThat(cell.y() + LineageSvg.BOX_HEIGHT / 2).isEqualTo(layout.height() / 2);
	}

	@Test
	void rendersLinkedBoxesAndLabelledArrowsEachOnce() {
		String svg = LineageSvg.render(ANCESTORS, DESCENDANTS, "/samples/", "/steps/");

		assertThat(svg).startsWith("<svg").endsWith("</svg>");
		assertThat(svg).contains("<a href=\"/samples/LI-0001\">", "<a href=\"/samples/PM-0002\">",
				"<a href=\"/steps/1\"><text class=\"lineage-step\"", ">Roll pressing</text>", ">Post mortem</text>");
		assertThat(svg).contains("lineage-node root").contains("Li||Li &lt;sym&gt;").doesNotContain("<sym>");
		assertThat(svg.split("class=\"lineage-edge\"", -1)).hasSize(6);
		assertThat(svg.split("<rect ", -1)).hasSize(7);
	}

	@Test
	void aSampleWithoutRelativesIsOneBox() {
		LineageGraph alone = new LineageGraph("EY-0001", "ancestors",
				List.of(node("EY-0001", SampleKind.ELECTROLYTE_LOT, null, 0)), List.of());
		LineageSvg.Layout layout = LineageSvg.layout(alone, alone);

		assertThat(layout.boxes()).hasSize(1);
		assertThat(layout.width()).isEqualTo(2 * LineageSvg.PADDING + LineageSvg.BOX_WIDTH);
		assertThat(LineageSvg.render(alone, alone, "/samples/", "/steps/")).contains("Electrolyte lot");
	}

	private static LineageGraph.Node node(String code, SampleKind kind, String name, int depth) {
		return new LineageGraph.Node(code, kind, name, null, SampleStatus.AVAILABLE, depth);
	}

}
