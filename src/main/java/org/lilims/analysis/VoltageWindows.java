package org.lilims.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.AnalysisResults.ResultKind;
import org.lilims.analysis.cycles.VoltageWindowRecorder;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.instrument.CoreColumnsSink;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.ParseSink;
import org.lilims.instrument.TimeSeriesRow;
import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleKind;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;
import org.lilims.storage.FileId;
import org.lilims.storage.FileStore;

import org.springframework.stereotype.Service;

/**
 * Voltage against time of chosen cycles at full resolution, thinned by LTTB on the server: the raw file of the cell's
 * newest analysed cycling data set is read again, so a zoomed plot shows what the instrument recorded.
 */
@Service
class VoltageWindows {

	static final int DEFAULT_POINTS = 2000;

	static final int MAX_POINTS = 20_000;

	private static final int MAX_ROWS = 5_000_000;

	/** Cells' window sets kept: at 250 points a window, a few MB. */
	private static final int RECENT_WINDOWS = 512;

	private final SampleApi samples;

	private final AnalysisResults results;

	private final InstrumentFiles files;

	private final FileStore store;

	/**
	 * Windows read lately: a stored raw file never changes, so the same windows of it are the same curves (a study
	 * page opened again, or by a colleague, does not read its cells' files again).
	 */
	private final Map<WindowsKey, List<VoltageWindow>> recent = Collections
		.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<WindowsKey, List<VoltageWindow>> eldest) {
				return size() > RECENT_WINDOWS;
			}

		});

	VoltageWindows(SampleApi samples, AnalysisResults results, InstrumentFiles files, FileStore store) {
		this.samples = samples;
		this.results = results;
		this.files = files;
		this.store = store;
	}

	VoltageWindow window(String cellCode, @Nullable Integer fromCycle, @Nullable Integer toCycle,
			@Nullable Integer points) {
		int wanted = (points != null) ? points : DEFAULT_POINTS;
		if (wanted < 3 || wanted > MAX_POINTS) {
			throw new InvalidInputException("points", "must be between 3 and " + MAX_POINTS);
		}
		if (fromCycle != null && toCycle != null && toCycle < fromCycle) {
			throw new InvalidInputException("toCycle", "must not be before fromCycle");
		}
		String code = this.samples.find(cellCode.trim())
			.filter(sample -> sample.kind() == SampleKind.CELL)
			.orElseThrow(() -> new NotFoundException("No cell " + cellCode))
			.code();
		long fileId = this.results.latestFileId(code, ResultKind.CYCLING)
			.orElseThrow(() -> new NotFoundException("Cell " + code + " has no analysed cycling data yet"));
		VoltageWindowRecorder recorder = new VoltageWindowRecorder((fromCycle != null) ? fromCycle : Integer.MIN_VALUE,
				(toCycle != null) ? toCycle : Integer.MAX_VALUE, MAX_ROWS);
		read(fileId, recorder);
		double[][] thinned = recorder.thinned(wanted);
		return new VoltageWindow(code, fromCycle, toCycle, recorder.rows(), recorder.truncated(), thinned[0],
				thinned[1]);
	}

	/**
	 * Several windows of a cell whose analysis the caller may read, from one pass over its newest analysed raw file;
	 * none when it has none yet.
	 */
	List<VoltageWindow> windows(String cellCode, List<CycleRange> windows, int points) {
		Optional<Long> fileId = this.results.latestFileId(cellCode, ResultKind.CYCLING);
		if (fileId.isEmpty()) {
			return List.of();
		}
		WindowsKey key = new WindowsKey(fileId.get(), List.copyOf(windows), points);
		List<VoltageWindow> known = this.recent.get(key);
		if (known == null) {
			known = read(cellCode, key);
			this.recent.put(key, known);
		}
		return known;
	}

	private List<VoltageWindow> read(String cellCode, WindowsKey key) {
		List<CycleRange> windows = key.windows();
		List<VoltageWindowRecorder> recorders = windows.stream()
			.map(window -> new VoltageWindowRecorder(window.fromCycle(), window.toCycle(), MAX_ROWS))
			.toList();
		int lastCycle = windows.stream().mapToInt(CycleRange::toCycle).max().orElse(Integer.MAX_VALUE);
		List<ParseSink> sinks = new ArrayList<>();
		sinks.add(new StopAfterCycle(lastCycle));
		sinks.addAll(recorders);
		try {
			read(key.instrumentFileId(), new CompositeSink(sinks.toArray(ParseSink[]::new)));
		}
		catch (StopAfterCycle.Reached ex) {
			// every window is complete: the rest of the file is not read
		}
		List<VoltageWindow> result = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			VoltageWindowRecorder recorder = recorders.get(i);
			double[][] thinned = recorder.thinned(key.points());
			result.add(new VoltageWindow(cellCode, windows.get(i).fromCycle(), windows.get(i).toCycle(), recorder.rows(),
					recorder.truncated(), thinned[0], thinned[1]));
		}
		return result;
	}

	private void read(long instrumentFileId, ParseSink sink) {
		InstrumentFileView file = this.files.find(instrumentFileId);
		try (InputStream in = this.store.open(new FileId(file.fileId()))) {
			InstrumentParsers.parse(in, file.originalName(), ZoneOffset.UTC, sink);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file.originalName(), ex);
		}
	}

	private record WindowsKey(long instrumentFileId, List<CycleRange> windows, int points) {
	}

	/**
	 * Ends a pass over a file at the first row past a cycle: cycle numbers of an export only grow, so the windows
	 * before it are complete (a 360-cycle file read for cycles 75 to 275 is read to 276, not to its end).
	 */
	private record StopAfterCycle(int lastCycle) implements CoreColumnsSink {

		@Override
		public void row(TimeSeriesRow row) {
			if (row.cycle() > this.lastCycle) {
				throw new Reached();
			}
		}

		static final class Reached extends RuntimeException {

			Reached() {
				super("past the last cycle wanted", null, false, false);
			}

		}

	}

	/**
	 * Voltage against test time of a window of cycles, thinned by LTTB.
	 *
	 * @param cellCode the cell
	 * @param fromCycle first cycle, null from the start
	 * @param toCycle last cycle, null to the end
	 * @param rows rows of the raw data in the window
	 * @param truncated whether the window held more rows than are read (5 000 000)
	 * @param timeSeconds test time of the kept points
	 * @param voltageV their voltage
	 */
	record VoltageWindow(String cellCode, @Nullable Integer fromCycle, @Nullable Integer toCycle, int rows,
			boolean truncated, double[] timeSeconds, double[] voltageV) {
	}

}
