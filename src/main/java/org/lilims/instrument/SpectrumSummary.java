package org.lilims.instrument;

import java.util.ArrayList;
import java.util.List;

/**
 * Points and frequency range of each impedance spectrum, fed one point at a time.
 */
public final class SpectrumSummary implements ParseSink {

	private final List<Spectrum> spectra = new ArrayList<>();

	/**
	 * One spectrum's extent.
	 *
	 * @param spectrum 1-based number in the file
	 * @param points number of points
	 * @param minFrequencyHertz lowest frequency
	 * @param maxFrequencyHertz highest frequency
	 */
	public record Spectrum(int spectrum, int points, double minFrequencyHertz, double maxFrequencyHertz) {
	}

	@Override
	public void impedance(ImpedancePoint point) {
		int last = this.spectra.size() - 1;
		if (last < 0 || this.spectra.get(last).spectrum() != point.spectrum()) {
			this.spectra.add(new Spectrum(point.spectrum(), 1, point.frequencyHertz(), point.frequencyHertz()));
			return;
		}
		Spectrum s = this.spectra.get(last);
		this.spectra.set(last, new Spectrum(s.spectrum(), s.points() + 1,
				Math.min(s.minFrequencyHertz(), point.frequencyHertz()),
				Math.max(s.maxFrequencyHertz(), point.frequencyHertz())));
	}

	public List<Spectrum> spectra() {
		return List.copyOf(this.spectra);
	}

}
