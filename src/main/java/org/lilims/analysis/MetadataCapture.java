package org.lilims.analysis;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.CoreColumnsSink;
import org.lilims.instrument.FileMetadata;
import org.lilims.instrument.ImpedancePoint;

/**
 * What a file says of when it started, and when each impedance spectrum began (test time of its first point).
 */
final class MetadataCapture implements CoreColumnsSink {

	private @Nullable LocalDateTime startTime;

	private final Map<Integer, Double> spectrumStartSeconds = new HashMap<>();

	@Override
	public void metadata(FileMetadata metadata) {
		this.startTime = metadata.startTime();
	}

	@Override
	public void impedance(ImpedancePoint point) {
		if (!Double.isNaN(point.testTimeSeconds())) {
			this.spectrumStartSeconds.putIfAbsent(point.spectrum(), point.testTimeSeconds());
		}
	}

	@Nullable LocalDateTime startTime() {
		return this.startTime;
	}

	/** When the spectrum began, instrument-local; the file's start when its points carry no time; null without. */
	@Nullable LocalDateTime spectrumStart(int spectrum) {
		if (this.startTime == null) {
			return null;
		}
		Double seconds = this.spectrumStartSeconds.get(spectrum);
		return (seconds != null) ? this.startTime.plusNanos(Math.round(seconds * 1e9)) : this.startTime;
	}

}
