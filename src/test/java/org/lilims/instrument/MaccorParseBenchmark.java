package org.lilims.instrument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing a generated MACCOR text export of 1 000 000 rows (about 276 MB, written once to a temporary file and
 * deleted afterwards) with per-cycle capacities, inside the JVM. Throughput in MB/s is the file size divided by the
 * time per operation. Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=MaccorParseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class MaccorParseBenchmark {

	@Param("1000000")
	public int rows;

	private Path file;

	@Setup(Level.Trial)
	public void generate() throws IOException {
		this.file = Files.createTempFile("maccor-benchmark", ".052");
		MaccorExportGenerator.write(this.file, this.rows);
		System.out.printf("%n%s: %d rows, %d bytes%n", this.file, this.rows, Files.size(this.file));
	}

	@TearDown(Level.Trial)
	public void delete() throws IOException {
		Files.deleteIfExists(this.file);
	}

	@Benchmark
	public List<CycleCapacity> parseWithCycleCapacities() throws IOException {
		CycleSummary cycles = new CycleSummary();
		InstrumentParsers.parse(this.file, cycles);
		return cycles.cycles();
	}

}
