package org.lilims.analysis.symmetric;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.lilims.instrument.StepKind;
import org.lilims.simulator.SymmetricCellParameters;
import org.lilims.simulator.SymmetricCellSimulator;

/**
 * The symmetric-cell metrics of 1 000 000 rows beyond parsing: rows of a simulated Li||Li cell recorded every second
 * (about 280 cycles), held as primitive arrays and fed to a new analysis, then its result. Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=SymmetricCellAnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class SymmetricCellAnalysisBenchmark {

	@Param("1000000")
	public int rows;

	private double[] time;

	private StepKind[] kind;

	private double[] current;

	private double[] voltage;

	private int[] cycle;

	@Setup(Level.Trial)
	public void simulate() throws IOException {
		this.time = new double[this.rows];
		this.kind = new StepKind[this.rows];
		this.current = new double[this.rows];
		this.voltage = new double[this.rows];
		this.cycle = new int[this.rows];
		SymmetricCellParameters parameters = SymmetricCellParameters.defaults()
			.toBuilder()
			.samplingIntervalSeconds(1)
			.cycleLife(1000)
			.cyclesToRun(this.rows / 3500 + 1)
			.build();
		int[] count = { 0 };
		new SymmetricCellSimulator(parameters).run((sample) -> {
			int i = count[0]++;
			if (i < this.rows) {
				this.time[i] = sample.testTimeSeconds();
				this.kind[i] = switch (sample.state()) {
					case CHARGE -> StepKind.CHARGE;
					case DISCHARGE -> StepKind.DISCHARGE;
					case REST -> StepKind.REST;
				};
				this.current[i] = sample.currentAmperes();
				this.voltage[i] = sample.voltageVolts();
				this.cycle[i] = sample.cycle();
			}
		});
		if (count[0] < this.rows) {
			throw new IllegalStateException("simulated only " + count[0] + " rows");
		}
	}

	@Benchmark
	public SymmetricCellMetrics analyse() {
		SymmetricCellAnalysis analysis = new SymmetricCellAnalysis();
		for (int i = 0; i < this.rows; i++) {
			analysis.accept(this.time[i], this.kind[i], this.current[i], this.voltage[i], this.cycle[i]);
		}
		return analysis.result();
	}

}
