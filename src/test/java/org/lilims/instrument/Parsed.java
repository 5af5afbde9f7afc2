package org.lilims.instrument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a parser pushed, collected for assertions on small test files.
 */
final class Parsed implements ParseSink {

	@Nullable FileMetadata metadata;

	InstrumentFormat format = InstrumentFormat.UNKNOWN;

	final List<TimeSeriesRow> rows = new ArrayList<>();

	final List<ImpedancePoint> points = new ArrayList<>();

	final List<DepositionRecord> depositions = new ArrayList<>();

	final CycleSummary cycles = new CycleSummary();

	final List<String> warnings = new ArrayList<>();

	long droppedRows;

	@Override
	public void metadata(FileMetadata metadata) {
		this.metadata = metadata;
	}

	@Override
	public void row(TimeSeriesRow row) {
		this.rows.add(row);
		this.cycles.row(row);
	}

	@Override
	public void impedance(ImpedancePoint point) {
		this.points.add(point);
	}

	@Override
	public void deposition(DepositionRecord record) {
		this.depositions.add(record);
	}

	@Override
	public void droppedRows(long count) {
		this.droppedRows += count;
	}

	@Override
	public void warning(long lineNumber, String message) {
		this.warnings.add(message);
	}

	FileMetadata metadata() {
		if (this.metadata == null) {
			throw new AssertionError("no metadata");
		}
		return this.metadata;
	}

	static Parsed file(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return stream(in, file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Parsed resource(String name) {
		return resource("maccor", name);
	}

	/** Parses {@code src/test/resources/instrument/<vendor>/<name>}. */
	static Parsed resource(String vendor, String name) {
		try (InputStream in = Parsed.class.getResourceAsStream("/instrument/" + vendor + "/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("no test resource " + name);
			}
			return stream(in, name);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Parsed text(String content, String fileName) {
		return bytes(content.getBytes(StandardCharsets.UTF_8), fileName);
	}

	static Parsed text(String content, Charset charset, String fileName) {
		return bytes(content.getBytes(charset), fileName);
	}

	static Parsed bytes(byte[] content, String fileName) {
		try {
			return stream(new ByteArrayInputStream(content), fileName);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Parsed stream(InputStream in, String fileName) throws IOException {
		Parsed parsed = new Parsed();
		parsed.format = InstrumentParsers.parse(in, fileName, ZoneOffset.UTC, parsed);
		return parsed;
	}

	static Path resourcePath(String name) {
		return resourcePath("maccor", name);
	}

	/** The path of {@code src/test/resources/instrument/<vendor>/<name>}. */
	static Path resourcePath(String vendor, String name) {
		try {
			return Path.of(Parsed.class.getResource("/instrument/" + vendor + "/" + name).toURI());
		}
		catch (java.net.URISyntaxException | NullPointerException ex) {
			throw new IllegalArgumentException("no test resource " + name, ex);
		}
	}

}
