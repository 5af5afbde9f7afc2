package org.lilims.analysis;

import org.lilims.instrument.DepositionLogLinked;
import org.lilims.instrument.InstrumentFileLinked;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A data set linked to a cell (new, a newer version of a growing file, re-processed, or assigned by hand) gets an
 * analysis job, written in the same transaction as the link: the job survives whatever happens next.
 */
@Component
class AnalysisTrigger {

	private final AnalysisJobs jobs;

	AnalysisTrigger(AnalysisJobs jobs) {
		this.jobs = jobs;
	}

	@EventListener
	void linked(InstrumentFileLinked linked) {
		if (linked.format() != null && linked.format().isDepositionLog()) {
			return;
		}
		this.jobs.enqueue(linked.instrumentFileId(), linked.cellCode(),
				"data set " + linked.instrumentFileId() + " linked to " + linked.cellCode());
	}

	@EventListener
	void linked(DepositionLogLinked linked) {
		this.jobs.enqueueForStep(linked.instrumentFileId(), linked.stepId(),
				"deposition log " + linked.instrumentFileId() + " linked to coating run " + linked.stepId());
	}

}
