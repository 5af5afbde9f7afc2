package org.lilims.analysis.cycles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.lilims.instrument.CoreColumnsSink;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.MaccorExportGenerator;
import org.lilims.instrument.TimeSeriesRow;
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

/**
 * All per-cycle and full-cell metrics of a 1 000 000-row data set (a generated MACCOR export, 1000 cycles), beyond
 * parsing: the rows are parsed once into memory, then each operation analyses them. Run:
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=CycleAnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class CycleAnalysisBenchmark {

	@Param("1000000")
	public int rows;

	private List<TimeSeriesRow> parsed;

	@Setup(Level.Trial)
	public void parseOnce() throws IOException {
		Path file = Files.createTempFile("cycle-benchmark", ".052");
		try {
			MaccorExportGenerator.write(file, this.rows);
			List<TimeSeriesRow> collected = new ArrayList<>(this.rows);
			InstrumentParsers.parse(file, new CoreColumnsSink() {
				@Override
				public void row(TimeSeriesRow row) {
					collected.add(row);
				}
			});
			this.parsed = collected;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Benchmark
	public FullCellMetrics perCycleAndFullCellMetrics() {
		CycleAnalysis analysis = new CycleAnalysis();
		for (TimeSeriesRow row : this.parsed) {
			analysis.row(row);
		}
		return FullCellMetrics.of(analysis.result(), FullCellParameters.defaults(0.0145, 1.131));
	}

}
