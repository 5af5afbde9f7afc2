package org.lilims.analysis.eis;

import java.util.List;

/**
 * A node of a parsed circuit: an element, elements in series, or branches in parallel. Each node owns the
 * contiguous parameters {@code [from, to)} of the circuit's parameter vector, in notation order.
 */
sealed interface CircuitNode {

	int from();

	int to();

	/** Z(ω). */
	Complex impedance(double omega, double[] p);

	/** Z(ω), writing ∂Z/∂p for this node's parameters into {@code dz[from..to)}. */
	Complex impedance(double omega, double[] p, Complex[] dz);

	/**
	 * One element, e.g. {@code CPE1}.
	 *
	 * @param position 1-based position of its name in the notation
	 */
	record Element(ElementKind kind, String name, int from, int position) implements CircuitNode {

		@Override
		public int to() {
			return this.from + this.kind.parameterCount();
		}

		@Override
		public Complex impedance(double omega, double[] p) {
			return this.kind.impedance(omega, p, this.from);
		}

		@Override
		public Complex impedance(double omega, double[] p, Complex[] dz) {
			Complex z = this.kind.impedance(omega, p, this.from);
			this.kind.derivatives(omega, p, this.from, z, dz);
			return z;
		}

	}

	/** Nodes in series: Z = Σ Zᵢ. */
	record Series(List<CircuitNode> parts) implements CircuitNode {

		@Override
		public int from() {
			return this.parts.get(0).from();
		}

		@Override
		public int to() {
			return this.parts.get(this.parts.size() - 1).to();
		}

		@Override
		public Complex impedance(double omega, double[] p) {
			double re = 0;
			double im = 0;
			for (CircuitNode part : this.parts) {
				Complex z = part.impedance(omega, p);
				re += z.re();
				im += z.im();
			}
			return new Complex(re, im);
		}

		@Override
		public Complex impedance(double omega, double[] p, Complex[] dz) {
			double re = 0;
			double im = 0;
			for (CircuitNode part : this.parts) {
				Complex z = part.impedance(omega, p, dz);
				re += z.re();
				im += z.im();
			}
			return new Complex(re, im);
		}

	}

	/** Branches in parallel: 1/Z = Σ 1/Zᵢ. */
	record Parallel(List<CircuitNode> branches) implements CircuitNode {

		/** Whether a capacitor or CPE is one of the branches: the group makes an arc in the Nyquist plot. */
		boolean isArc() {
			return this.branches.stream()
				.anyMatch(branch -> branch instanceof Element element
						&& (element.kind() == ElementKind.C || element.kind() == ElementKind.CPE));
		}

		@Override
		public int from() {
			return this.branches.get(0).from();
		}

		@Override
		public int to() {
			return this.branches.get(this.branches.size() - 1).to();
		}

		@Override
		public Complex impedance(double omega, double[] p) {
			Complex admittance = Complex.ZERO;
			for (CircuitNode branch : this.branches) {
				admittance = admittance.plus(branch.impedance(omega, p).reciprocal());
			}
			return admittance.reciprocal();
		}

		@Override
		public Complex impedance(double omega, double[] p, Complex[] dz) {
			int count = this.branches.size();
			Complex[] parts = new Complex[count];
			Complex admittance = Complex.ZERO;
			for (int i = 0; i < count; i++) {
				parts[i] = this.branches.get(i).impedance(omega, p, dz);
				admittance = admittance.plus(parts[i].reciprocal());
			}
			Complex z = admittance.reciprocal();
			// ∂Z/∂p = (Z / Zᵢ)² ∂Zᵢ/∂p for a parameter of branch i
			for (int i = 0; i < count; i++) {
				Complex factor = z.dividedBy(parts[i]).squared();
				CircuitNode branch = this.branches.get(i);
				for (int k = branch.from(); k < branch.to(); k++) {
					dz[k] = dz[k].times(factor);
				}
			}
			return z;
		}

	}

}
