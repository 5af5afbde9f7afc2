package org.lilims.analysis.eis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lilims.instrument.ImpedancePoint;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.ParseSink;
import org.lilims.instrument.SharedFixtures;

/**
 * Impedance spectra read by the instrument parsers from the test resources (always there) or the shared fixture set
 * (tests using it are skipped where it is absent).
 */
final class EisSpectra {

	private EisSpectra() {
	}

	/** The spectra of {@code src/test/resources/instrument/<vendor>/<name>}, by spectrum number. */
	static Map<Integer, ImpedanceSpectrum> resource(String vendor, String name) {
		URL url = EisSpectra.class.getResource("/instrument/" + vendor + "/" + name);
		if (url == null) {
			throw new IllegalArgumentException("no test resource " + vendor + "/" + name);
		}
		try {
			return file(Path.of(url.toURI()));
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	/** The spectra of a file of the shared fixture set, e.g. {@code biologic/yadg/geis.mpt}; skips without it. */
	static Map<Integer, ImpedanceSpectrum> fixture(String relativePath) {
		return file(SharedFixtures.directory().resolve(relativePath));
	}

	/** The first spectrum of a file. */
	static ImpedanceSpectrum first(Map<Integer, ImpedanceSpectrum> spectra) {
		return spectra.values().iterator().next();
	}

	static Map<Integer, ImpedanceSpectrum> file(Path file) {
		List<ImpedancePoint> points = new ArrayList<>();
		try {
			InstrumentParsers.parse(file, new ParseSink() {
				@Override
				public void impedance(ImpedancePoint point) {
					points.add(point);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (points.isEmpty()) {
			throw new IllegalStateException("no impedance points in " + file);
		}
		return ImpedanceSpectrum.bySpectrum(points);
	}

}
