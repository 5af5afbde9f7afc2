package org.lilims.sample;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The genealogy walk on a diamond: two parents sharing a grandparent, a child with both as parents.
 */
class LineageQueriesIntegrationTests extends IntegrationTest {

	@Autowired
	SampleApi samples;

	@Test
	void walksDiamondsOnceWithShortestDepthAndAllEdges() {
		SampleView lot = this.samples.register(new NewSample(SampleKind.LI_FOIL_LOT, "lot", Quantity.of("10", Unit.SQUARE_CENTIMETRE),
				null, null, null, Map.of()), "GENERAL");
		SampleView left = derive(1, "ROLL_PRESSING", lot.code(), SampleKind.ROLL_PRESSED_FOIL);
		SampleView right = derive(2, "ROLL_PRESSING", lot.code(), SampleKind.ROLL_PRESSED_FOIL);
		SampleView electrodes = this.samples.derive(new Derivation(3, "PUNCHING", "GENERAL",
				List.of(new Consumption(left.code(), Quantity.of("1", Unit.SQUARE_CENTIMETRE), null),
						new Consumption(right.code(), Quantity.of("1", Unit.SQUARE_CENTIMETRE), null)),
				List.of(Derivation.Output.fromAllInputs(new NewSample(SampleKind.ELECTRODE, "el",
						new Quantity(BigDecimal.TEN, Unit.PIECES), null, null, null, Map.of())))))
			.get(0);

		LineageGraph up = this.samples.lineage(electrodes.code(), true);
		assertThat(up.nodes()).extracting(LineageGraph.Node::code, LineageGraph.Node::depth)
			.containsExactlyInAnyOrder(tuple(electrodes.code(), 0), tuple(left.code(), 1), tuple(right.code(), 1),
					tuple(lot.code(), 2));
		assertThat(up.edges()).hasSize(4);

		LineageGraph down = this.samples.lineage(lot.code(), false);
		assertThat(down.nodes()).extracting(LineageGraph.Node::code)
			.containsExactlyInAnyOrder(lot.code(), left.code(), right.code(), electrodes.code());
		assertThat(this.samples.find(lot.code()).orElseThrow().remaining()).isEqualTo(Quantity.of("8", Unit.SQUARE_CENTIMETRE));
	}

	private SampleView derive(long stepId, String type, String parent, SampleKind kind) {
		return this.samples.derive(new Derivation(stepId, type, "GENERAL",
				List.of(new Consumption(parent, Quantity.of("1", Unit.SQUARE_CENTIMETRE), null)),
				List.of(Derivation.Output.fromAllInputs(new NewSample(kind, null, Quantity.of("3", Unit.SQUARE_CENTIMETRE),
						null, null, null, Map.of())))))
			.get(0);
	}

}
