package org.lilims.analysis.eis;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An equivalent circuit read from the common notation, e.g. {@code R0-p(R1,CPE1)-W1}: elements in series joined by
 * {@code -}, branches in parallel as {@code p(a,b,...)}, nested freely. Elements, with impedance.py's definitions
 * and parameter order:
 * <ul>
 * <li>{@code R}: resistance R (Ω)</li>
 * <li>{@code C}: capacitance C (F), Z = 1/(jωC)</li>
 * <li>{@code L}: inductance L (H), Z = jωL</li>
 * <li>{@code CPE}: constant phase element Q (Ω⁻¹·sᵅ) and α (0 < α ≤ 1), Z = 1/(Q (jω)^α)</li>
 * <li>{@code W}: semi-infinite Warburg σ (Ω·s^-½), Z = σ (1 - j)/√ω</li>
 * <li>{@code Wo}: finite-space (open) Warburg R (Ω) and τ (s), Z = R coth(√(jωτ))/√(jωτ)</li>
 * <li>{@code Ws}: finite-length (short) Warburg R (Ω) and τ (s), Z = R tanh(√(jωτ))/√(jωτ)</li>
 * </ul>
 * Parameters are numbered in the order their elements appear in the string. Immutable and thread-safe.
 */
public final class EquivalentCircuit {

	private final String notation;

	private final CircuitNode root;

	private final List<CircuitNode.Element> elements;

	private final List<CircuitParameter> parameters;

	private final boolean[] fractions;

	private EquivalentCircuit(String notation, CircuitNotationParser.Parsed parsed) {
		this.notation = notation;
		this.root = parsed.root();
		this.elements = parsed.elements();
		List<CircuitParameter> list = new ArrayList<>();
		List<Boolean> fractionList = new ArrayList<>();
		for (CircuitNode.Element element : this.elements) {
			List<ElementKind.Quantity> quantities = element.kind().quantities();
			for (int i = 0; i < quantities.size(); i++) {
				ElementKind.Quantity quantity = quantities.get(i);
				String name = (quantities.size() == 1) ? element.name() : element.name() + "_" + i;
				list.add(new CircuitParameter(name, element.name(), quantity.name(), quantity.unit()));
				fractionList.add(quantity.fraction());
			}
		}
		this.parameters = List.copyOf(list);
		this.fractions = new boolean[fractionList.size()];
		for (int i = 0; i < this.fractions.length; i++) {
			this.fractions[i] = fractionList.get(i);
		}
	}

	/**
	 * Reads a circuit string.
	 * @throws CircuitNotationException naming the position of the first problem: an unknown element type, a name
	 * used twice, a missing element or parenthesis
	 */
	public static EquivalentCircuit parse(String notation) {
		return new EquivalentCircuit(notation, CircuitNotationParser.parse(notation));
	}

	/** The string the circuit was read from. */
	public String notation() {
		return this.notation;
	}

	/** The parameters in fit order (impedance.py's order). */
	public List<CircuitParameter> parameters() {
		return this.parameters;
	}

	public int parameterCount() {
		return this.parameters.size();
	}

	/** The index of a parameter by its name ({@code R0}, {@code CPE1_1}), or -1. */
	public int indexOf(String parameterName) {
		for (int i = 0; i < this.parameters.size(); i++) {
			if (this.parameters.get(i).name().equals(parameterName)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Z at one angular frequency.
	 * @param angularFrequency ω = 2πf in rad/s
	 * @param parameters values in the order of {@link #parameters()}
	 */
	public Complex impedance(double angularFrequency, double... parameters) {
		checkCount(parameters);
		return this.root.impedance(angularFrequency, parameters);
	}

	/** The circuit's impedance at each frequency (in Hz), as a spectrum. */
	public ImpedanceSpectrum simulate(double[] frequencyHertz, double... parameters) {
		checkCount(parameters);
		double[] re = new double[frequencyHertz.length];
		double[] im = new double[frequencyHertz.length];
		for (int i = 0; i < frequencyHertz.length; i++) {
			Complex z = this.root.impedance(2 * Math.PI * frequencyHertz[i], parameters);
			re[i] = z.re();
			im[i] = z.im();
		}
		return new ImpedanceSpectrum(frequencyHertz.clone(), re, im);
	}

	/**
	 * The names of the resistors whose sum is the interphase resistance R_int: every resistor whose nearest
	 * enclosing parallel group has a capacitor or CPE as a branch, i.e. the resistance of each RC or R-CPE arc
	 * ({@code R1} in {@code R0-p(R1,CPE1)-W1}, {@code R1} and {@code R2} in {@code R0-p(R1,CPE1)-p(R2,CPE2)},
	 * the charge-transfer {@code R2} of a Randles branch {@code p(R2-Wo1,C2)}). Resistors in series with the whole
	 * circuit (the bulk or electrolyte resistance R0) are not part of it. Empty when the circuit has no arc.
	 */
	public List<String> interphaseResistors() {
		List<String> names = new ArrayList<>();
		collectInterphaseResistors(this.root, null, names);
		return List.copyOf(names);
	}

	/** Whether parameter {@code k} lies in (0, 1] (a CPE's α) rather than in (0, ∞). */
	boolean isFraction(int k) {
		return this.fractions[k];
	}

	CircuitNode root() {
		return this.root;
	}

	List<CircuitNode.Element> elements() {
		return this.elements;
	}

	private void checkCount(double[] parameters) {
		if (parameters.length != this.parameters.size()) {
			throw new IllegalArgumentException(this.notation + " has " + this.parameters.size() + " parameters "
					+ names() + ", got " + parameters.length + " values");
		}
	}

	private List<String> names() {
		return this.parameters.stream().map(CircuitParameter::name).toList();
	}

	private static void collectInterphaseResistors(CircuitNode node, CircuitNode.@Nullable Parallel enclosing,
			List<String> names) {
		if (node instanceof CircuitNode.Element element) {
			if (element.kind() == ElementKind.R && enclosing != null && enclosing.isArc()) {
				names.add(element.name());
			}
		}
		else if (node instanceof CircuitNode.Series series) {
			series.parts().forEach(part -> collectInterphaseResistors(part, enclosing, names));
		}
		else if (node instanceof CircuitNode.Parallel parallel) {
			parallel.branches().forEach(branch -> collectInterphaseResistors(branch, parallel, names));
		}
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof EquivalentCircuit circuit && circuit.notation.equals(this.notation);
	}

	@Override
	public int hashCode() {
		return this.notation.hashCode();
	}

	@Override
	public String toString() {
		return this.notation;
	}

}
