package org.lilims.instrument;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code parse FILE [--json]}: parses an instrument file without server or database and prints its format,
 * metadata, row count, capacity per cycle and impedance spectra. Exit code 0 on success, 2 when the file cannot be
 * read or parsed (with the reason on the error stream).
 */
public final class ParseCommand {

	/** Exit code of a parsed file. */
	public static final int OK = 0;

	/** Exit code of an unreadable, unknown or malformed file, and of a usage error. */
	public static final int FAILED = 2;

	private ParseCommand() {
	}

	/**
	 * Runs the command.
	 * @param args the arguments after {@code parse}: the file, optionally {@code --json}
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		List<String> files = new ArrayList<>();
		boolean json = false;
		for (String arg : args) {
			if (arg.equals("--json")) {
				json = true;
			}
			else {
				files.add(arg);
			}
		}
		if (files.size() != 1) {
			err.println("usage: parse FILE [--json]");
			return FAILED;
		}
		Path file = Path.of(files.get(0));
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			err.println("cannot read " + file + ": not a readable file");
			return FAILED;
		}
		FileSummary summary;
		InstrumentFormat format;
		try {
			Optional<FileSummary> parallel = ParallelSummary.summarise(file, ParallelSummary.MIN_BYTES,
					Runtime.getRuntime().availableProcessors());
			if (parallel.isPresent()) {
				summary = parallel.get();
				format = InstrumentFormat.MACCOR_TEXT;
			}
			else {
				summary = new FileSummary();
				format = InstrumentParsers.parse(file, summary);
			}
		}
		catch (ParseException ex) {
			err.println("cannot parse " + file + ": " + ex.getMessage());
			return FAILED;
		}
		catch (IOException | RuntimeException ex) {
			err.println("cannot read " + file + ": " + ex);
			return FAILED;
		}
		if (json) {
			printJson(report(format, summary), out);
		}
		else {
			printText(file, format, summary, out);
		}
		return OK;
	}

	static Map<String, @Nullable Object> report(InstrumentFormat format, FileSummary summary) {
		Map<String, @Nullable Object> report = new LinkedHashMap<>();
		report.put("format", format.name());
		report.put("rows", summary.rows);
		report.put("droppedRows", summary.droppedRows);
		report.put("metadata", metadata(summary.metadata));
		report.put("cyclesDerived", summary.cycles.derived());
		report.put("cycles", summary.cycles.cycles()
			.stream()
			.map(c -> ordered("cycle", c.cycle(), "chargeCapacityAh", c.chargeCapacityAmpHours(),
					"dischargeCapacityAh", c.dischargeCapacityAmpHours()))
			.toList());
		report.put("spectra", summary.spectra.spectra()
			.stream()
			.map(s -> ordered("points", s.points(), "minFrequencyHz", s.minFrequencyHertz(), "maxFrequencyHz",
					s.maxFrequencyHertz()))
			.toList());
		List<LayerSummary.Layer> layers = summary.layers.layers();
		if (!layers.isEmpty()) {
			boolean sensors = summary.layers.multipleSensors();
			report.put("layers", layers.stream().map(l -> {
				Map<String, @Nullable Object> layer = new LinkedHashMap<>();
				layer.put("layer", l.layer());
				if (sensors) {
					layer.put("sensor", l.sensor());
				}
				layer.put("finalThicknessNm", finite(l.finalThicknessNanometres()));
				layer.put("meanRateNmPerS", finite(l.meanRateNanometresPerSecond()));
				layer.put("durationS", finite(l.durationSeconds()));
				return layer;
			}).toList());
		}
		report.put("warnings", List.copyOf(summary.warnings));
		return report;
	}

	// Jackson's streaming generator: an ObjectMapper would take longer to set up than parsing a large file
	private static void printJson(Map<String, @Nullable Object> report, PrintStream out) {
		StringWriter json = new StringWriter();
		try (JsonGenerator generator = new JsonFactory().createGenerator(json)) {
			write(report, generator);
		}
		out.println(json);
	}

	private static void write(@Nullable Object value, JsonGenerator generator) {
		if (value instanceof Map<?, ?> map) {
			generator.writeStartObject();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				generator.writeName((String) entry.getKey());
				write(entry.getValue(), generator);
			}
			generator.writeEndObject();
		}
		else if (value instanceof List<?> list) {
			generator.writeStartArray();
			for (Object element : list) {
				write(element, generator);
			}
			generator.writeEndArray();
		}
		else if (value instanceof Double number) {
			generator.writeNumber(number);
		}
		else if (value instanceof Number number) {
			generator.writeNumber(number.longValue());
		}
		else if (value instanceof Boolean bool) {
			generator.writeBoolean(bool);
		}
		else if (value == null) {
			generator.writeNull();
		}
		else {
			generator.writeString(value.toString());
		}
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static Map<String, @Nullable Object> metadata(@Nullable FileMetadata metadata) {
		Map<String, @Nullable Object> map = new LinkedHashMap<>();
		if (metadata != null) {
			map.put("channel", metadata.channel());
			map.put("startTime", (metadata.startTime() != null) ? metadata.startTime().toString() : null);
			map.put("assumedZone", metadata.assumedZone().getId());
			map.put("procedure", metadata.procedure());
			map.put("procedureDescription", metadata.procedureDescription());
			map.put("comment", metadata.comment());
			map.put("sourceFileName", metadata.sourceFileName());
			map.put("sourceUnits", new TreeMap<>(metadata.sourceUnits()));
			map.put("signConvention", metadata.signConvention());
		}
		return map;
	}

	private static void printText(Path file, InstrumentFormat format, FileSummary summary, PrintStream out) {
		out.println("file:       " + file);
		out.println("format:     " + format);
		FileMetadata metadata = summary.metadata;
		if (metadata != null) {
			out.println("channel:    " + orDash(metadata.channel()));
			out.println("start time: " + orDash(metadata.startTime()) + " (instrument-local; zone assumed "
					+ metadata.assumedZone() + ")");
			out.println("procedure:  " + orDash(metadata.procedure()));
			// a BioLogic comment may have several lines
			out.println("comment:    " + String.valueOf(orDash(metadata.comment())).replace("\n", "\n            "));
		}
		out.println("rows:       " + summary.rows
				+ ((summary.droppedRows > 0) ? " (" + summary.droppedRows + " dropped)" : ""));
		List<CycleCapacity> cycles = summary.cycles.cycles();
		if (!cycles.isEmpty()) {
			out.println("cycles" + (summary.cycles.derived() ? " (derived from State changes)" : "") + ":");
			out.println("  cycle   charge Ah  discharge Ah");
			for (CycleCapacity c : cycles) {
				out.printf(Locale.ROOT, "  %5d  %10.6f  %12.6f%n", c.cycle(), c.chargeCapacityAmpHours(),
						c.dischargeCapacityAmpHours());
			}
		}
		for (SpectrumSummary.Spectrum s : summary.spectra.spectra()) {
			out.printf(Locale.ROOT, "spectrum %d: %d points, %.6g Hz to %.6g Hz%n", s.spectrum(), s.points(),
					s.maxFrequencyHertz(), s.minFrequencyHertz());
		}
		List<LayerSummary.Layer> layers = summary.layers.layers();
		if (!layers.isEmpty()) {
			out.println("layers:");
			out.println("  layer  sensor  thickness nm  mean rate nm/s  duration s");
			for (LayerSummary.Layer l : layers) {
				out.printf(Locale.ROOT, "  %5d  %6d  %12.3f  %14.4f  %10.1f%n", l.layer(), l.sensor(),
						l.finalThicknessNanometres(), l.meanRateNanometresPerSecond(), l.durationSeconds());
			}
		}
		for (String warning : summary.warnings) {
			out.println("warning:    " + warning);
		}
	}

	// JSON has no NaN
	private static @Nullable Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	private static Object orDash(@Nullable Object value) {
		return (value != null) ? value : "-";
	}

}
