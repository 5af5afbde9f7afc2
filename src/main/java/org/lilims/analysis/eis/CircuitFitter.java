package org.lilims.analysis.eis;

import java.util.ArrayList;
import java.util.List;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.optim.LocalizedOptimFormats;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.MultivariateJacobianFunction;
import org.hipparchus.util.Pair;

import org.jspecify.annotations.Nullable;

/**
 * Fits equivalent circuits to impedance spectra with Hipparchus' Levenberg–Marquardt optimiser and an analytic
 * Jacobian.
 * <p>
 * The objective is impedance.py's: least squares on the real and imaginary parts stacked, unweighted unless
 * {@link FitWeighting#MODULUS} is chosen. Parameters stay inside impedance.py's default bounds: every parameter is
 * fitted as its logarithm (so it stays positive) and a CPE's α through a logistic function (so it stays in (0, 1));
 * where the optimum lies inside the bounds this finds the same minimum as impedance.py's bounded
 * {@code scipy.optimize.curve_fit}. Standard errors are computed as {@code curve_fit} does: √diag((JᵀJ)⁺·s²) with J
 * the Jacobian in the parameters themselves and s² = χ²/(2N − k).
 * <p>
 * Stateless and thread-safe.
 */
public final class CircuitFitter {

	private static final double TOLERANCE = 1e-10;

	private static final int MAX_ITERATIONS = 1000;

	/** |log p| beyond this would overflow or underflow the model; values are held inside. */
	private static final double LOG_LIMIT = 300;

	private static final double LOGIT_LIMIT = 36;

	private final FitWeighting weighting;

	/** An unweighted fitter, as impedance.py fits by default. */
	public CircuitFitter() {
		this(FitWeighting.UNIT);
	}

	public CircuitFitter(FitWeighting weighting) {
		this.weighting = weighting;
	}

	/**
	 * The starting values the fitter would use for this spectrum, read from its shape (see the class
	 * {@code InitialGuesses} for the rules): R0 from the high-frequency intercept, each arc's R from its width, a
	 * CPE's Q and α from the arc's apex frequency and depression, Warburg σ from the low-frequency tail.
	 */
	public static double[] initialGuess(EquivalentCircuit circuit, ImpedanceSpectrum spectrum) {
		return InitialGuesses.of(circuit, spectrum);
	}

	/** Fits a circuit string from automatic initial guesses. */
	public CircuitFit fit(String circuit, ImpedanceSpectrum spectrum) {
		return fit(EquivalentCircuit.parse(circuit), spectrum);
	}

	/** Fits from automatic initial guesses ({@link #initialGuess}). */
	public CircuitFit fit(EquivalentCircuit circuit, ImpedanceSpectrum spectrum) {
		return fit(circuit, spectrum, initialGuess(circuit, spectrum));
	}

	/**
	 * Fits from given starting values.
	 * @param initialGuess one value per parameter, in {@link EquivalentCircuit#parameters()} order; positive, and
	 * α in (0, 1]
	 * @throws IllegalArgumentException when the guess does not fit the circuit or the spectrum has fewer values
	 * (2 per point) than the circuit has parameters
	 */
	public CircuitFit fit(EquivalentCircuit circuit, ImpedanceSpectrum spectrum, double[] initialGuess) {
		int k = circuit.parameterCount();
		int n = spectrum.size();
		if (initialGuess.length != k) {
			throw new IllegalArgumentException(circuit + " has " + k + " parameters, got " + initialGuess.length
					+ " initial values");
		}
		if (2 * n <= k) {
			throw new IllegalArgumentException(
					"a spectrum of " + n + " points cannot determine the " + k + " parameters of " + circuit);
		}
		for (int j = 0; j < k; j++) {
			if (!(initialGuess[j] > 0) || !Double.isFinite(initialGuess[j])
					|| (circuit.isFraction(j) && initialGuess[j] > 1)) {
				throw new IllegalArgumentException("initial value " + initialGuess[j] + " of "
						+ circuit.parameters().get(j).name() + " is outside "
						+ (circuit.isFraction(j) ? "(0, 1]" : "(0, ∞)"));
			}
		}
		Problem problem = new Problem(circuit, spectrum, this.weighting);
		double[] start = problem.toInternal(initialGuess);
		LeastSquaresProblem leastSquares = new LeastSquaresBuilder().start(start)
			.model(problem)
			.target(problem.target)
			.parameterValidator(problem::clamp)
			.maxEvaluations(20 * MAX_ITERATIONS)
			.maxIterations(MAX_ITERATIONS)
			.lazyEvaluation(false)
			.build();
		LevenbergMarquardtOptimizer optimizer = new LevenbergMarquardtOptimizer()
			.withCostRelativeTolerance(TOLERANCE)
			.withParameterRelativeTolerance(TOLERANCE)
			.withOrthoTolerance(TOLERANCE);
		double[] internal;
		int iterations;
		int evaluations;
		boolean converged;
		try {
			LeastSquaresOptimizer.Optimum optimum = optimizer.optimize(leastSquares);
			internal = optimum.getPoint().toArray();
			iterations = optimum.getIterations();
			evaluations = optimum.getEvaluations();
			converged = true;
		}
		catch (MathRuntimeException ex) {
			// The best point reached is kept. Tolerances "too small" mean no step can lower the cost any more at
			// machine precision: converged. Otherwise the iteration limit was hit, or a step could not be taken.
			internal = problem.best;
			evaluations = problem.evaluations;
			iterations = evaluations;
			converged = ex.getSpecifier() == LocalizedOptimFormats.TOO_SMALL_COST_RELATIVE_TOLERANCE
					|| ex.getSpecifier() == LocalizedOptimFormats.TOO_SMALL_PARAMETERS_RELATIVE_TOLERANCE
					|| ex.getSpecifier() == LocalizedOptimFormats.TOO_SMALL_ORTHOGONALITY_TOLERANCE;
		}
		return problem.result(problem.fromInternal(internal), initialGuess, iterations, evaluations, converged);
	}

	/**
	 * One fit: the residual model in internal coordinates (log p, or logit α), and the result in the parameters.
	 */
	private static final class Problem implements MultivariateJacobianFunction {

		private final EquivalentCircuit circuit;

		private final ImpedanceSpectrum spectrum;

		private final FitWeighting weighting;

		private final double[] omega;

		/** 1/σ of each point, for both its real and imaginary residual. */
		private final double[] inverseSigma;

		final double[] target;

		double[] best;

		double bestCost = Double.POSITIVE_INFINITY;

		int evaluations;

		Problem(EquivalentCircuit circuit, ImpedanceSpectrum spectrum, FitWeighting weighting) {
			this.circuit = circuit;
			this.spectrum = spectrum;
			this.weighting = weighting;
			int n = spectrum.size();
			this.omega = new double[n];
			this.inverseSigma = new double[n];
			this.target = new double[2 * n];
			for (int i = 0; i < n; i++) {
				this.omega[i] = 2 * Math.PI * spectrum.frequencyHertz()[i];
				double re = spectrum.realOhms()[i];
				double im = spectrum.imaginaryOhms()[i];
				this.inverseSigma[i] = (weighting == FitWeighting.MODULUS) ? 1 / Math.hypot(re, im) : 1;
				this.target[i] = re * this.inverseSigma[i];
				this.target[n + i] = im * this.inverseSigma[i];
			}
			this.best = new double[circuit.parameterCount()];
		}

		@Override
		public Pair<RealVector, RealMatrix> value(RealVector point) {
			this.evaluations++;
			double[] internal = point.toArray();
			double[] p = fromInternal(internal);
			int k = p.length;
			double[] chain = new double[k];
			for (int j = 0; j < k; j++) {
				chain[j] = this.circuit.isFraction(j) ? p[j] * (1 - p[j]) : p[j];
			}
			int n = this.omega.length;
			double[] values = new double[2 * n];
			double[][] jacobian = new double[2 * n][k];
			Complex[] dz = new Complex[k];
			double cost = 0;
			for (int i = 0; i < n; i++) {
				Complex z = this.circuit.root().impedance(this.omega[i], p, dz);
				double w = this.inverseSigma[i];
				values[i] = z.re() * w;
				values[n + i] = z.im() * w;
				for (int j = 0; j < k; j++) {
					jacobian[i][j] = dz[j].re() * chain[j] * w;
					jacobian[n + i][j] = dz[j].im() * chain[j] * w;
				}
				double dr = values[i] - this.target[i];
				double di = values[n + i] - this.target[n + i];
				cost += dr * dr + di * di;
			}
			if (cost < this.bestCost) {
				this.bestCost = cost;
				this.best = internal;
			}
			return new Pair<>(new ArrayRealVector(values, false), new Array2DRowRealMatrix(jacobian, false));
		}

		/** Holds internal coordinates where the model stays finite. */
		RealVector clamp(RealVector point) {
			double[] internal = point.toArray();
			for (int j = 0; j < internal.length; j++) {
				double limit = this.circuit.isFraction(j) ? LOGIT_LIMIT : LOG_LIMIT;
				internal[j] = Double.isNaN(internal[j]) ? 0 : Math.max(-limit, Math.min(limit, internal[j]));
			}
			return new ArrayRealVector(internal, false);
		}

		double[] toInternal(double[] p) {
			double[] internal = new double[p.length];
			for (int j = 0; j < p.length; j++) {
				if (this.circuit.isFraction(j)) {
					double alpha = Math.min(p[j], 1 - 1e-9);
					internal[j] = Math.log(alpha / (1 - alpha));
				}
				else {
					internal[j] = Math.log(p[j]);
				}
			}
			return internal;
		}

		double[] fromInternal(double[] internal) {
			double[] p = new double[internal.length];
			for (int j = 0; j < p.length; j++) {
				p[j] = this.circuit.isFraction(j) ? 1 / (1 + Math.exp(-internal[j])) : Math.exp(internal[j]);
			}
			return p;
		}

		CircuitFit result(double[] p, double[] initialGuess, int iterations, int evaluations, boolean converged) {
			int n = this.omega.length;
			int k = p.length;
			double[][] jacobian = new double[2 * n][k];
			Complex[] dz = new Complex[k];
			double[] fittedRe = new double[n];
			double[] fittedIm = new double[n];
			double chiSquare = 0;
			double squaredError = 0;
			for (int i = 0; i < n; i++) {
				Complex z = this.circuit.root().impedance(this.omega[i], p, dz);
				fittedRe[i] = z.re();
				fittedIm[i] = z.im();
				double w = this.inverseSigma[i];
				double dr = z.re() - this.spectrum.realOhms()[i];
				double di = z.im() - this.spectrum.imaginaryOhms()[i];
				squaredError += dr * dr + di * di;
				chiSquare += (dr * dr + di * di) * w * w;
				for (int j = 0; j < k; j++) {
					jacobian[i][j] = dz[j].re() * w;
					jacobian[n + i][j] = dz[j].im() * w;
				}
			}
			double reducedChiSquare = chiSquare / (2 * n - k);
			double[][] covariance = covariance(jacobian, reducedChiSquare);
			List<FittedParameter> parameters = new ArrayList<>();
			for (int j = 0; j < k; j++) {
				CircuitParameter parameter = this.circuit.parameters().get(j);
				parameters.add(new FittedParameter(parameter.name(), parameter.element(), parameter.quantity(),
						parameter.unit(), p[j], Math.sqrt(covariance[j][j]), initialGuess[j]));
			}
			return new CircuitFit(this.circuit.notation(), parameters, this.weighting, chiSquare, reducedChiSquare,
					Math.sqrt(squaredError / n), n, iterations, evaluations, converged,
					new ImpedanceSpectrum(this.spectrum.frequencyHertz(), fittedRe, fittedIm),
					interphaseResistance(p, covariance));
		}

		private @Nullable InterphaseResistance interphaseResistance(double[] p, double[][] covariance) {
			List<String> resistors = this.circuit.interphaseResistors();
			if (resistors.isEmpty()) {
				return null;
			}
			int[] indices = resistors.stream().mapToInt(this.circuit::indexOf).toArray();
			double sum = 0;
			double variance = 0;
			for (int a : indices) {
				sum += p[a];
				for (int b : indices) {
					variance += covariance[a][b];
				}
			}
			return new InterphaseResistance(sum, Math.sqrt(variance), resistors);
		}

		/**
		 * (JᵀJ)⁺·s² from the singular values of J, dropping those below ε·max(m, k)·s_max as
		 * {@code scipy.optimize.curve_fit} does; NaN on the diagonal of parameters the data do not determine.
		 */
		private static double[][] covariance(double[][] jacobian, double residualVariance) {
			int k = jacobian[0].length;
			double[][] covariance = new double[k][k];
			SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(jacobian, false));
			double[] singular = svd.getSingularValues();
			RealMatrix v = svd.getV();
			double threshold = Math.ulp(1.0) * Math.max(jacobian.length, k) * singular[0];
			boolean[] undetermined = new boolean[k];
			for (int s = 0; s < singular.length; s++) {
				if (singular[s] <= threshold) {
					for (int a = 0; a < k; a++) {
						undetermined[a] |= Math.abs(v.getEntry(a, s)) > 1e-8;
					}
					continue;
				}
				double scale = residualVariance / (singular[s] * singular[s]);
				for (int a = 0; a < k; a++) {
					for (int b = 0; b < k; b++) {
						covariance[a][b] += v.getEntry(a, s) * v.getEntry(b, s) * scale;
					}
				}
			}
			for (int a = 0; a < k; a++) {
				if (undetermined[a]) {
					covariance[a][a] = Double.NaN;
				}
			}
			return covariance;
		}

	}

}
