package org.lilims.analysis.eis;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class CircuitNotationTests {

	@Test
	void namesParametersInImpedancePyOrderWithTheirUnits() {
		// impedance.py's test_CustomCircuit: get_param_names() of this string
		EquivalentCircuit circuit = EquivalentCircuit.parse("R0-p(R1,C1)-p(R2,C2)-Wo1");

		assertThat(circuit.parameters()).extracting(CircuitParameter::name)
			.containsExactly("R0", "R1", "C1", "R2", "C2", "Wo1_0", "Wo1_1");
		assertThat(circuit.parameters()).extracting(CircuitParameter::unit)
			.containsExactly("Ω", "Ω", "F", "Ω", "F", "Ω", "s");
	}

	@Test
	void readsEveryElementWithItsQuantities() {
		EquivalentCircuit circuit = EquivalentCircuit.parse("L0-R0-p(R1,CPE1)-W1-Ws2-p(C3,Wo3)");

		assertThat(circuit.parameters()).extracting(CircuitParameter::name, CircuitParameter::element,
				CircuitParameter::quantity, CircuitParameter::unit)
			.containsExactly(tuple("L0", "L0", "L", "H"), tuple("R0", "R0", "R", "Ω"), tuple("R1", "R1", "R", "Ω"),
					tuple("CPE1_0", "CPE1", "Q", "Ω⁻¹·sᵅ"), tuple("CPE1_1", "CPE1", "alpha", "1"),
					tuple("W1", "W1", "sigma", "Ω·s^-½"), tuple("Ws2_0", "Ws2", "R", "Ω"),
					tuple("Ws2_1", "Ws2", "tau", "s"), tuple("C3", "C3", "C", "F"), tuple("Wo3_0", "Wo3", "R", "Ω"),
					tuple("Wo3_1", "Wo3", "tau", "s"));
		assertThat(circuit.indexOf("CPE1_1")).isEqualTo(4);
		assertThat(circuit.indexOf("CPE9_1")).isEqualTo(-1);
	}

	@Test
	void nestsParallelGroupsAndSeriesChains() {
		// impedance.py's test_buildCircuit: nested parallel groups, and groups at both ends
		EquivalentCircuit nested = EquivalentCircuit.parse("R0-p(p(R1, C1)-R2, C2)");
		EquivalentCircuit ends = EquivalentCircuit.parse("p(C1,R1)-p(C2,R2)");

		assertThat(nested.root()).isEqualTo(new CircuitNode.Series(List.of(element(ElementKind.R, "R0", 0, 1),
				new CircuitNode.Parallel(List.of(new CircuitNode.Series(List.of(
						new CircuitNode.Parallel(List.of(element(ElementKind.R, "R1", 1, 8),
								element(ElementKind.C, "C1", 2, 12))),
						element(ElementKind.R, "R2", 3, 16))), element(ElementKind.C, "C2", 4, 20))))));
		assertThat(ends.parameters()).extracting(CircuitParameter::name).containsExactly("C1", "R1", "C2", "R2");
	}

	@Test
	void acceptsUnderscoredNamesSpacesAndSingleBranchGroups() {
		// impedance.py accepts 'R_0-p(R_1,C_1)-Wo_1' and the one-branch group of 'R0-p(R1,CPE1)-p(R2-CPE2)'
		assertThat(EquivalentCircuit.parse("R_0-p(R_1,C_1)-Wo_1").parameters()).extracting(CircuitParameter::name)
			.containsExactly("R_0", "R_1", "C_1", "Wo_1_0", "Wo_1_1");
		assertThat(EquivalentCircuit.parse(" R0 - p( R1 , CPE1 ) ").parameterCount()).isEqualTo(4);
		EquivalentCircuit singleBranch = EquivalentCircuit.parse("R0-p(R1,CPE1)-p(R2-CPE2)");
		assertThat(singleBranch.parameters()).extracting(CircuitParameter::name)
			.containsExactly("R0", "R1", "CPE1_0", "CPE1_1", "R2", "CPE2_0", "CPE2_1");
		assertThat(singleBranch.impedance(3, 1, 2, 3, 0.5, 4, 5, 0.7))
			.isEqualTo(EquivalentCircuit.parse("R0-p(R1,CPE1)-R2-CPE2").impedance(3, 1, 2, 3, 0.5, 4, 5, 0.7));
	}

	@Test
	void rejectsBadStringsNamingThePosition() {
		assertError("R0-X1", 4, "unknown element type 'X' (known: R, C, L, CPE, W, Wo, Ws)");
		assertError("R0-p(R1,CPE1", 4, "missing ')' to close this p(");
		assertError("R0-", 3, "missing element after '-'");
		assertError("R0-p(R1,C1))", 12, "unmatched ')'");
		assertError("R1-p(R1,C1)", 6, "element name 'R1' used twice");
		assertError("", 1, "empty circuit");
		assertError("R0,C1", 3, "',' outside p(...)");
		assertError("R0-p(R1,,C1)", 9, "expected an element or p( but found ','");
		assertError("R0 C1", 4, "unexpected 'C', expected '-'");
		assertError("R0-p(R1 C1)", 9, "unexpected 'C', expected '-', ',' or ')'");
		assertError("R0-pR1", 4, "unknown element type 'pR' (known: R, C, L, CPE, W, Wo, Ws)");
	}

	@Test
	void interphaseResistorsAreTheResistancesOfTheArcs() {
		assertThat(EquivalentCircuit.parse("R0-p(R1,CPE1)-W1").interphaseResistors()).containsExactly("R1");
		assertThat(EquivalentCircuit.parse("R0-p(R1,CPE1)").interphaseResistors()).containsExactly("R1");
		assertThat(EquivalentCircuit.parse("R0-p(R1,CPE1)-p(R2,CPE2)-W1").interphaseResistors())
			.containsExactly("R1", "R2");
		assertThat(EquivalentCircuit.parse("R0-p(R1,C1)-p(R2-Wo1,C2)").interphaseResistors())
			.containsExactly("R1", "R2");
		assertThat(EquivalentCircuit.parse("R0-W1").interphaseResistors()).isEmpty();
		assertThat(EquivalentCircuit.parse("p(R0,R1)-C1").interphaseResistors()).isEmpty();
	}

	private static CircuitNode.Element element(ElementKind kind, String name, int from, int position) {
		return new CircuitNode.Element(kind, name, from, position);
	}

	private static void assertError(String notation, int position, String problem) {
		assertThatExceptionOfType(CircuitNotationException.class).isThrownBy(() -> EquivalentCircuit.parse(notation))
			.satisfies(ex -> {
				assertThat(ex.position()).isEqualTo(position);
				assertThat(ex.notation()).isEqualTo(notation);
			})
			.withMessage(problem + " at position " + position + " of \"" + notation + "\"");
	}

}
