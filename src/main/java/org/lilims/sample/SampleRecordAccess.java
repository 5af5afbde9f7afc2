package org.lilims.sample;

import org.lilims.shared.RecordAccess;

import org.springframework.stereotype.Component;

/**
 * Samples are readable by the members of their project (see {@link SampleService#find}).
 */
@Component
class SampleRecordAccess implements RecordAccess {

	private final SampleService samples;

	SampleRecordAccess(SampleService samples) {
		this.samples = samples;
	}

	@Override
	public boolean handles(String entityType) {
		return "sample".equals(entityType);
	}

	@Override
	public boolean canRead(String entityType, String entityId) {
		return this.samples.isVisible(entityId);
	}

}
