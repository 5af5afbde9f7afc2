package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

/**
 * The parse command's summary of a large MACCOR text export, read in one slice per core. Each slice reduces its rows
 * to runs of the same cycle and direction; replaying the runs in file order gives the same capacities as replaying
 * every row, because a cycle's capacity is a maximum and derived cycles only change with the direction.
 * <p>
 * Slices read the wall-clock timestamp of the file's first row only: the summary reports no other, and parsing a
 * date on every line roughly doubles the command's time (the JIT's work on {@code java.time} dominates a cold run).
 * The gateway's full parse still checks every timestamp.
 */
final class ParallelSummary {

	static final long MIN_BYTES = 32L * 1024 * 1024;

	private ParallelSummary() {
	}

	/**
	 * Summarises {@code file} when it is a MACCOR text export of at least {@code minBytes}; empty otherwise, or when
	 * anything fails: the caller then reads the file sequentially, which also names the failing line.
	 */
	static Optional<FileSummary> summarise(Path file, long minBytes, int slices) {
		try {
			if (slices < 2 || Files.size(file) < minBytes
					|| FormatDetector.detect(file) != InstrumentFormat.MACCOR_TEXT) {
				return Optional.empty();
			}
			return Optional.of(summariseSlices(file, slices));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static FileSummary summariseSlices(Path file, int slices) throws IOException {
		MaccorTextParser.Layout layout;
		try (InputStream in = Files.newInputStream(file)) {
			layout = MaccorTextParser.readLayout(new LineReader(in));
		}
		long dataBytes = Files.size(file) - layout.dataOffset();
		ExecutorService pool = Executors.newFixedThreadPool(slices);
		try {
			List<Future<Slice>> futures = new ArrayList<>();
			for (int i = 0; i < slices; i++) {
				long start = layout.dataOffset() + dataBytes * i / slices;
				long end = layout.dataOffset() + dataBytes * (i + 1) / slices;
				boolean first = i == 0;
				futures.add(pool.submit(() -> read(file, layout, start, end, first)));
			}
			FileSummary summary = new FileSummary();
			for (Future<Slice> future : futures) {
				future.get().replayInto(summary);
			}
			return summary;
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	// a slice reads the lines that start in [start, end): it skips the line holding byte start - 1, which belongs
	// to the slice before
	private static Slice read(Path file, MaccorTextParser.Layout layout, long start, long end, boolean first)
			throws IOException {
		long from = first ? start : start - 1;
		try (FileChannel channel = FileChannel.open(file)) {
			channel.position(from);
			LineReader lines = new LineReader(Channels.newInputStream(channel));
			if (!first) {
				lines.next();
			}
			Slice slice = new Slice(first);
			new MaccorTextParser(ZoneOffset.UTC).readRows(layout, lines, String.valueOf(file.getFileName()), slice,
					end - from);
			return slice;
		}
	}

	/** One slice's rows, reduced to runs. */
	private static final class Slice implements CoreColumnsSink {

		private final boolean first;

		private final List<Run> runs = new ArrayList<>();

		private @Nullable FileMetadata metadata;

		private @Nullable LocalDateTime firstTimestamp;

		private long rows;

		Slice(boolean first) {
			this.first = first;
		}


		@Override
		public void metadata(FileMetadata metadata) {
			this.metadata = metadata;
		}

		@Override
		public void row(TimeSeriesRow row) {
			if (this.rows++ == 0) {
				this.firstTimestamp = row.timestamp();
			}
			Run run = this.runs.isEmpty() ? null : this.runs.get(this.runs.size() - 1);
			if (run == null || run.cycle != row.cycle() || run.kind != row.kind()) {
				run = new Run(row.cycle(), row.kind());
				this.runs.add(run);
			}
			run.add(row.chargeCapacityAmpHours(), row.dischargeCapacityAmpHours());
		}

		void replayInto(FileSummary summary) {
			if (this.first) {
				summary.metadata = this.metadata;
				summary.firstTimestamp = this.firstTimestamp;
			}
			summary.rows += this.rows;
			for (Run run : this.runs) {
				summary.cycles.accept(run.cycle, run.kind, run.charge, run.discharge);
			}
		}

	}

	private static final class Run {

		private final int cycle;

		private final StepKind kind;

		private double charge = Double.NaN;

		private double discharge = Double.NaN;

		Run(int cycle, StepKind kind) {
			this.cycle = cycle;
			this.kind = kind;
		}

		void add(double chargeAmpHours, double dischargeAmpHours) {
			// NaN stays NaN until a number arrives, as in CycleSummary
			if (Double.isNaN(this.charge) || chargeAmpHours > this.charge) {
				this.charge = chargeAmpHours;
			}
			if (Double.isNaN(this.discharge) || dischargeAmpHours > this.discharge) {
				this.discharge = dischargeAmpHours;
			}
		}

	}

}
