package org.lilims.analysis.eis;

/**
 * A complex number, as impedances and their derivatives are; immutable.
 *
 * @param re real part
 * @param im imaginary part
 */
public record Complex(double re, double im) {

	/** 0 + 0j. */
	public static final Complex ZERO = new Complex(0, 0);

	/** 1 + 0j. */
	public static final Complex ONE = new Complex(1, 0);

	/** 0 + 1j. */
	public static final Complex I = new Complex(0, 1);

	public static Complex real(double re) {
		return new Complex(re, 0);
	}

	/** {@code modulus · e^(j·argument)}. */
	public static Complex polar(double modulus, double argumentRadians) {
		return new Complex(modulus * Math.cos(argumentRadians), modulus * Math.sin(argumentRadians));
	}

	public Complex plus(Complex other) {
		return new Complex(this.re + other.re, this.im + other.im);
	}

	public Complex minus(Complex other) {
		return new Complex(this.re - other.re, this.im - other.im);
	}

	public Complex times(Complex other) {
		return new Complex(this.re * other.re - this.im * other.im, this.re * other.im + this.im * other.re);
	}

	public Complex times(double factor) {
		return new Complex(this.re * factor, this.im * factor);
	}

	public Complex dividedBy(Complex other) {
		// Smith's algorithm: no overflow for large denominators
		if (Math.abs(other.re) >= Math.abs(other.im)) {
			double ratio = other.im / other.re;
			double denominator = other.re + other.im * ratio;
			return new Complex((this.re + this.im * ratio) / denominator, (this.im - this.re * ratio) / denominator);
		}
		double ratio = other.re / other.im;
		double denominator = other.re * ratio + other.im;
		return new Complex((this.re * ratio + this.im) / denominator, (this.im * ratio - this.re) / denominator);
	}

	public Complex reciprocal() {
		return ONE.dividedBy(this);
	}

	public Complex squared() {
		return times(this);
	}

	/** The principal square root (real part ≥ 0). */
	public Complex sqrt() {
		if (this.re == 0 && this.im == 0) {
			return ZERO;
		}
		double t = Math.sqrt((Math.abs(this.re) + abs()) / 2);
		if (this.re >= 0) {
			return new Complex(t, this.im / (2 * t));
		}
		return new Complex(Math.abs(this.im) / (2 * t), Math.copySign(t, this.im));
	}

	/** The hyperbolic tangent, without overflow for large real parts. */
	public Complex tanh() {
		double x2 = 2 * this.re;
		double y2 = 2 * this.im;
		if (Math.abs(x2) > 40) {
			// cosh(2x) ≈ e^|2x| / 2 dominates the denominator
			return new Complex(Math.signum(this.re), 2 * Math.sin(y2) * Math.exp(-Math.abs(x2)));
		}
		double denominator = Math.cosh(x2) + Math.cos(y2);
		return new Complex(Math.sinh(x2) / denominator, Math.sin(y2) / denominator);
	}

	/** |z|. */
	public double abs() {
		return Math.hypot(this.re, this.im);
	}

	/** The argument in radians, in (-π, π]. */
	public double argument() {
		return Math.atan2(this.im, this.re);
	}

	@Override
	public String toString() {
		return this.re + ((this.im < 0 || Double.isNaN(this.im)) ? " - " : " + ") + Math.abs(this.im) + "j";
	}

}
