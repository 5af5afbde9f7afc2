package org.lilims.instrument;

/**
 * A sink that reads the normalised columns only: no other columns by name, and no wall-clock timestamp after the
 * first row (metrics and summaries need neither, and both cost time on large files).
 */
public interface CoreColumnsSink extends ParseSink {

	@Override
	default boolean wantsExtraColumns() {
		return false;
	}

	@Override
	default boolean wantsTimestamps() {
		return false;
	}

}
