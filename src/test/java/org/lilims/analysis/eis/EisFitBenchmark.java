package org.lilims.analysis.eis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fitting {@code R0-p(R1,CPE1)-W1} to 100 spectra of 60 points (100 kHz to 10 mHz), each computed from its own
 * parameters (R0 1–10 Ω, R1 20–200 Ω, Q 5e-6–5e-5, α 0.75–0.95, σ 5–30 Ω·s^-½) with 0.5 % noise, from automatic
 * initial guesses, in one thread. The score is the time per spectrum. Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=EisFitBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class EisFitBenchmark {

	static final String CIRCUIT = "R0-p(R1,CPE1)-W1";

	static final int SPECTRA = 100;

	private final CircuitFitter fitter = new CircuitFitter();

	private EquivalentCircuit circuit;

	private List<ImpedanceSpectrum> spectra;

	@Setup(Level.Trial)
	public void generate() {
		this.circuit = EquivalentCircuit.parse(CIRCUIT);
		this.spectra = spectra();
	}

	/** The benchmark's spectra: the same on every run (fixed seed). */
	static List<ImpedanceSpectrum> spectra() {
		Random random = new Random(20261125);
		double[] frequencies = SyntheticSpectra.frequencies(1e5, 1e-2, 60);
		List<ImpedanceSpectrum> spectra = new ArrayList<>();
		for (int i = 0; i < SPECTRA; i++) {
			double r0 = 1 + 9 * random.nextDouble();
			double r1 = 20 + 180 * random.nextDouble();
			double q = 5e-6 * Math.pow(10, random.nextDouble());
			double alpha = 0.75 + 0.2 * random.nextDouble();
			double sigma = 5 + 25 * random.nextDouble();
			spectra.add(SyntheticSpectra.noisy(CIRCUIT, frequencies, 0.005, random, r0, r1, q, alpha, sigma));
		}
		return spectra;
	}

	@Benchmark
	@OperationsPerInvocation(SPECTRA)
	public double fitHundredSpectra() {
		double sum = 0;
		for (ImpedanceSpectrum spectrum : this.spectra) {
			CircuitFit fit = this.fitter.fit(this.circuit, spectrum);
			if (!fit.converged()) {
				throw new IllegalStateException("a benchmark fit did not converge");
			}
			sum += fit.interphaseResistance().ohms();
		}
		return sum;
	}

}
