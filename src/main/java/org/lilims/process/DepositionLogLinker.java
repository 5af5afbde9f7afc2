package org.lilims.process;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.lilims.instrument.InstrumentFileParsed;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.sample.SampleKind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finds the coating run of a deposition-controller log the gateway parsed, as cycler files find their cells: a coated
 * foil's code named by the sender or written in the log's process name, file name or path, else the one PVD run
 * recorded for that chamber (the instrument id) within hours of the log's start. Otherwise the log waits in the inbox.
 */
@Component
class DepositionLogLinker {


	private final InstrumentFiles files;

	private final CoatingRuns runs;

	DepositionLogLinker(InstrumentFiles files, CoatingRuns runs) {
		this.files = files;
		this.runs = runs;
	}

	@EventListener
	void link(InstrumentFileParsed parsed) {
		if (!parsed.isDepositionLog()) {
			return;
		}
		long fileId = parsed.instrumentFileId();
		Optional<Long> named = Stream
			.of(parsed.requestedCellCode(), parsed.comment(), parsed.originalName(), parsed.originalPath())
			.map(SampleKind.COATED_FOIL::codeIn)
			.filter(code -> code != null)
			.map(this.runs::runThatMade)
			.flatMap(Optional::stream)
			.findFirst();
		if (named.isPresent()) {
			this.files.linkStep(fileId, named.get(), "coated foil code in the log's name, path or process");
			return;
		}
		if (parsed.startTime() == null) {
			this.files.leaveUnmatched(fileId, "no coated foil code in the log and no start time to find the run by");
			return;
		}
		List<Long> candidates = this.runs.runsIn(parsed.instrumentId(), parsed.startTime());
		if (candidates.size() == 1) {
			this.files.linkStep(fileId, candidates.get(0), "the PVD run recorded for chamber " + parsed.instrumentId()
					+ " within " + CoatingRuns.WINDOW.toHours() + " h of the log's start");
			return;
		}
		this.files.leaveUnmatched(fileId, candidates.isEmpty()
				? "no coated foil code in the log and no PVD run recorded for chamber " + parsed.instrumentId()
						+ " within " + CoatingRuns.WINDOW.toHours() + " h of " + parsed.startTime()
				: candidates.size() + " PVD runs recorded for chamber " + parsed.instrumentId() + " near "
						+ parsed.startTime() + " (steps " + candidates + "): choose one");
	}


}
