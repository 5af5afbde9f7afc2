package org.lilims.cycling;

import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.InstrumentFileParsed;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleKind;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Finds the cell of a file the gateway parsed: the cell the sender named, else a cell code in the file's comment
 * (MACCOR {@code Comment/Barcode}, BioLogic {@code Comments}), name or path, else the cell whose cycling test is running on that instrument and
 * channel. Without one the file waits in the inbox ({@code UNMATCHED}). Deposition logs are the process module's.
 */
@Component
class InstrumentFileLinker {


	private final InstrumentFiles files;

	private final SampleApi samples;

	private final CyclingApi cycling;

	InstrumentFileLinker(InstrumentFiles files, SampleApi samples, CyclingApi cycling) {
		this.files = files;
		this.samples = samples;
		this.cycling = cycling;
	}

	@EventListener
	void link(InstrumentFileParsed parsed) {
		if (parsed.isDepositionLog()) {
			return;
		}
		if (parsed.requestedCellCode() != null) {
			String code = parsed.requestedCellCode();
			if (isCell(code)) {
				this.files.link(parsed.instrumentFileId(), code, "named by the sender");
			}
			else {
				this.files.leaveUnmatched(parsed.instrumentFileId(), "the sender named " + code + ", which is not a cell");
			}
			return;
		}
		Optional<Named> named = Stream.of(new Named("comment", SampleKind.CELL.codeIn(parsed.comment())),
				new Named("name", SampleKind.CELL.codeIn(parsed.originalName())),
				new Named("path", SampleKind.CELL.codeIn(parsed.originalPath())))
			.filter(candidate -> candidate.code() != null && isCell(candidate.code()))
			.findFirst();
		if (named.isPresent()) {
			this.files.link(parsed.instrumentFileId(), named.get().code(),
					"cell code in the file's " + named.get().where());
			return;
		}
		Optional<CyclingTestView> running = (parsed.channel() != null)
				? this.cycling.runningTestOn(parsed.instrumentId(), parsed.channel()) : Optional.empty();
		if (running.isPresent()) {
			this.files.link(parsed.instrumentFileId(), running.get().cellCode(),
					"cycling test " + running.get().id() + " runs on " + parsed.instrumentId() + " channel "
							+ parsed.channel());
			return;
		}
		this.files.leaveUnmatched(parsed.instrumentFileId(), "no cell code in the file and no running cycling test on "
				+ parsed.instrumentId() + " channel " + parsed.channel());
	}

	/** A cell code found in one place of the file (its comment, name or path), or none. */
	private record Named(String where, @Nullable String code) {
	}

	private boolean isCell(String code) {
		return this.samples.find(code).filter(sample -> sample.kind() == SampleKind.CELL).isPresent();
	}


}
