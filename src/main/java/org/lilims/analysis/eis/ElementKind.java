package org.lilims.analysis.eis;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The circuit elements, with impedance.py's definitions, parameter order and units ({@code elements.py}); ω is the
 * angular frequency 2πf in rad/s.
 */
enum ElementKind {

	/** Resistor: Z = R. */
	R("R", List.of(new Quantity("R", "Ω", false))) {
		@Override
		Complex impedance(double omega, double[] p, int at) {
			return Complex.real(p[at]);
		}

		@Override
		void derivatives(double omega, double[] p, int at, Complex z, Complex[] out) {
			out[at] = Complex.ONE;
		}
	},

	/** Capacitor: Z = 1 / (jωC). */
	C("C", List.of(new Quantity("C", "F", false))) {
		@Override
		Complex impedance(double omega, double[] p, int at) {
			return new Complex(0, -1 / (omega * p[at]));
		}

		@Override
		void derivatives(double omega, double[] p, int at, Complex z, Complex[] out) {
			out[at] = z.times(-1 / p[at]);
		}
	},

	/** Inductor: Z = jωL. */
	L("L", List.of(new Quantity("L", "H", false))) {
		@Override
		Complex impedance(double omega, double[] p, int at) {
			return new Complex(0, omega * p[at]);
		}

		@Override
		void derivatives(double omega, double[] p, int at, Complex z, Complex[] out) {
			out[at] = new Complex(0, omega);
		}
	},

	/** Constant phase element: Z = 1 / (Q (jω)^α), Q in Ω⁻¹·sᵅ, 0 < α ≤ 1. */
	CPE("CPE", List.of(new Quantity("Q", "Ω⁻¹·sᵅ", false), new Quantity("alpha", "1", true))) {
		@Override
		Complex impedance(double omega, double[] p, int at) {
			double alpha = p[at + 1];
			return Complex.polar(Math.pow(omega, -alpha) / p[at], -alpha * Math.PI / 2);
		}

		@Override
		void derivatives(double omega, double[] p, int at, Complex z, Complex[] out) {
			out[at] = z.times(-1 / p[at]);
			// d/dα (jω)^-α = -ln(jω) (jω)^-α, ln(jω) = ln ω + jπ/2
			out[at + 1] = z.times(new Complex(-Math.log(omega), -Math.PI / 2));
		}
	},

	/** Semi-infinite Warburg element: Z = σ (1 - j) / √ω, σ in Ω·s^-½. */
	W("W", List.of(new Quantity("sigma", "Ω·s^-½", false))) {
		@Override
		Complex impedance(double omega, double[] p, int at) {
			double magnitude = p[at] / Math.sqrt(omega);
			return new Complex(magnitude, -magnitude);
		}

		@Override
		void derivatives(double omega, double[] p, int at, Complex z, Complex[] out) {
			double magnitude = 1 / Math.sqrt(omega);
			out[at] = new Complex(magnitude, -magnitude);
		}
	},

	/**
	 * Finite-space ("open") Warburg element: Z = R coth(√(jωτ)) / √(jωτ), τ = L²/D; capacitive at low frequency.
	 */
	WO("Wo", List.of(new Quantity("R", "Ω", false), new Quantity("tau", "s", false))) {
		@Override
		Complex impedance(double omega, double[] p, int at) {
			Complex s = new Complex(0, omega * p[at + 1]).sqrt();
			return Complex.real(p[at]).dividedBy(s.times(s.tanh()));
		}

		@Override
		void derivatives(double omega, double[] p, int at, Complex z, Complex[] out) {
			Complex s = new Complex(0, omega * p[at + 1]).sqrt();
			Complex t = s.tanh();
			out[at] = z.times(1 / p[at]);
			// dZ/dτ = -Z/(2τ) (1 + s (1 - t²) / t)
			Complex bracket = Complex.ONE.plus(s.times(Complex.ONE.minus(t.squared())).dividedBy(t));
			out[at + 1] = z.times(bracket).times(-1 / (2 * p[at + 1]));
		}
	},

	/**
	 * Finite-length ("short") Warburg element: Z = R tanh(√(jωτ)) / √(jωτ), τ = L²/D; tends to R at low frequency.
	 */
	WS("Ws", List.of(new Quantity("R", "Ω", false), new Quantity("tau", "s", false))) {
		@Override
		Complex impedance(double omega, double[] p, int at) {
			Complex s = new Complex(0, omega * p[at + 1]).sqrt();
			return s.tanh().dividedBy(s).times(p[at]);
		}

		@Override
		void derivatives(double omega, double[] p, int at, Complex z, Complex[] out) {
			Complex s = new Complex(0, omega * p[at + 1]).sqrt();
			Complex t = s.tanh();
			out[at] = z.times(1 / p[at]);
			// dZ/dτ = Z/(2τ) (s (1 - t²) / t - 1)
			Complex bracket = s.times(Complex.ONE.minus(t.squared())).dividedBy(t).minus(Complex.ONE);
			out[at + 1] = z.times(bracket).times(1 / (2 * p[at + 1]));
		}
	};

	private final String symbol;

	private final List<Quantity> quantities;

	ElementKind(String symbol, List<Quantity> quantities) {
		this.symbol = symbol;
		this.quantities = quantities;
	}

	/** The letters of the element in the notation, e.g. {@code CPE}. */
	String symbol() {
		return this.symbol;
	}

	List<Quantity> quantities() {
		return this.quantities;
	}

	int parameterCount() {
		return this.quantities.size();
	}

	/** Z(ω) with this element's parameters at {@code p[at..]}. */
	abstract Complex impedance(double omega, double[] p, int at);

	/** Writes ∂Z/∂p into {@code out[at..]}; {@code z} is {@link #impedance} at the same point. */
	abstract void derivatives(double omega, double[] p, int at, Complex z, Complex[] out);

	/** The element of a symbol (case-sensitive, as in impedance.py), or null. */
	static @Nullable ElementKind ofSymbol(String symbol) {
		for (ElementKind kind : values()) {
			if (kind.symbol.equals(symbol)) {
				return kind;
			}
		}
		return null;
	}

	/**
	 * One parameter of an element.
	 *
	 * @param name short name, e.g. {@code Q}, {@code alpha}
	 * @param unit unit symbol, {@code 1} for dimensionless
	 * @param fraction whether the value lies in (0, 1] (a CPE's α) rather than in (0, ∞)
	 */
	record Quantity(String name, String unit, boolean fraction) {
	}

}
