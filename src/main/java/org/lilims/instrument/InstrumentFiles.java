package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.InstrumentFileRepository.InstrumentStateCount;
import org.lilims.shared.ConflictException;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;
import org.lilims.storage.FileId;
import org.lilims.storage.FileMeta;
import org.lilims.storage.FileStore;
import org.lilims.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hardware gateway: keeps every received file first, then parses it, then lets the module that knows the cells
 * link it ({@link InstrumentFileParsed}). A file that cannot be parsed stays stored, marked {@code FAILED} with the
 * line and reason, and can be processed again after a parser fix.
 */
@Service
public class InstrumentFiles {

	private static final Logger log = LoggerFactory.getLogger(InstrumentFiles.class);

	private final InstrumentFileRepository files;

	private final FileStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final JsonMapper json;

	private final Clock clock;

	private final GatewayProperties properties;

	InstrumentFiles(InstrumentFileRepository files, FileStore store, ApplicationEventPublisher events,
			TransactionTemplate transactions, JsonMapper json, Clock clock, GatewayProperties properties) {
		this.files = files;
		this.store = store;
		this.events = events;
		this.transactions = transactions;
		this.json = json;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Takes a file from an instrument. The same bytes sent again return the existing record; a changed file of the
	 * same data set (instrument and path) becomes its next version.
	 * @param expectedSha256 the SHA-256 the sender computed, or null
	 * @throws InvalidInputException naming {@code sha256} when the content received does not have it; nothing is kept
	 */
	Received receive(InputStream content, String fileName, @Nullable String instrumentId, @Nullable String channel,
			@Nullable String cellCode, @Nullable String originalPath, @Nullable String expectedSha256) {
		if (instrumentId == null || instrumentId.isBlank()) {
			throw new InvalidInputException("instrumentId", "is required: the instrument that produced the file");
		}
		StoredFile stored = this.store.store(content, new FileMeta(fileName, null), expectedSha256);
		Optional<InstrumentFile> existing = this.files.findBySha256(stored.sha256());
		if (existing.isPresent()) {
			return new Received(existing.get().view(), false);
		}
		String path = blankToNull(originalPath);
		String datasetKey = instrumentId.trim() + "|" + ((path != null) ? path : fileName);
		boolean inline = parsesInline(stored.sizeBytes());
		InstrumentFile file = this.transactions.execute(status -> {
			Optional<InstrumentFile> previous = this.files.findFirstByDatasetKeyOrderByDatasetVersionDesc(datasetKey);
			InstrumentFile received = new InstrumentFile(stored.id().value(), stored.sha256(), stored.sizeBytes(),
					fileName, path, instrumentId.trim(), blankToNull(channel), upper(blankToNull(cellCode)), datasetKey,
					previous.map(p -> p.view().datasetVersion() + 1).orElse(1), CurrentActor.name(),
					this.clock.instant());
			if (inline) {
				received.claimUntil(leaseEnd());
			}
			InstrumentFile created = this.files.saveAndFlush(received);
			previous.ifPresent(p -> p.supersededBy(created.getId()));
			return created;
		});
		// the row is committed before parsing starts: should this process die now, another node parses it later
		return new Received(inline ? process(file.getId()) : file.view(), true);
	}

	/**
	 * Takes a file as {@code POST /api/v1/gateway/files} does, for senders inside the application (the demo loader):
	 * stored, parsed (or queued when large) and linked by the same rules.
	 */
	public InstrumentFileView ingest(InputStream content, String fileName, String instrumentId,
			@Nullable String channel, @Nullable String cellCode, @Nullable String originalPath) {
		return receive(content, fileName, instrumentId, channel, cellCode, originalPath, null).file();
	}

	/**
	 * Parses a stored file again, after a parser fix or to retry linking: at once when it is small, else in the
	 * background (the answer then says RECEIVED).
	 */
	public InstrumentFileView reprocess(long id) {
		InstrumentFile file = load(id);
		if (parsesInline(file.getSizeBytes())) {
			update(id, current -> current.claimUntil(leaseEnd()));
			return process(id);
		}
		log.info("Instrument file {} ({}) queued for parsing again", id, file.getOriginalName());
		return update(id, InstrumentFile::requeued);
	}

	/** Marks a file FAILED that was taken up too often without finishing. */
	void giveUp(long id, int attempts) {
		log.error("Instrument file {} gave up after {} attempts to parse it", id, attempts);
		update(id, file -> file.failed("parsing did not finish in " + attempts
				+ " attempts (the process parsing it stopped each time); re-process it after a fix", null,
				this.clock.instant()));
	}

	private boolean parsesInline(long sizeBytes) {
		return sizeBytes <= this.properties.inlineParseMax().toBytes();
	}

	private Instant leaseEnd() {
		return this.clock.instant().plus(this.properties.processingLease());
	}

	/** Parses a stored file that this node has claimed, and records the outcome. */
	InstrumentFileView process(long id) {
		InstrumentFile file = load(id);
		FileSummary summary = new FileSummary();
		InstrumentFormat format;
		try (InputStream content = this.store.open(new FileId(file.getFileId()))) {
			format = InstrumentParsers.parse(content, file.getOriginalName(), ZoneOffset.UTC, summary);
		}
		catch (ParseException ex) {
			log.warn("Instrument file {} ({}) failed to parse: {}", id, file.getOriginalName(), ex.getMessage());
			int line = (int) Math.min(ex.lineNumber(), Integer.MAX_VALUE);
			return update(id, current -> current.failed(ex.reason(), line, this.clock.instant()));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Instrument file {} ({}) could not be read", id, file.getOriginalName(), ex);
			return update(id, current -> current.failed("unreadable: " + ex.getMessage(), null, this.clock.instant()));
		}
		String report = this.json.writeValueAsString(ParseCommand.report(format, summary));
		return this.transactions.execute(status -> {
			InstrumentFile current = load(id);
			current.parsed(format, summary.rows,
					report, (summary.metadata != null) ? summary.metadata.channel() : null, this.clock.instant());
			this.files.saveAndFlush(current);
			this.events.publishEvent(new InstrumentFileParsed(id, current.getInstrumentId(), current.getChannel(),
					current.getRequestedCellCode(), current.getOriginalName(), current.getOriginalPath(),
					(summary.metadata != null) ? summary.metadata.comment() : null, format,
					(summary.metadata != null) ? summary.metadata.startTime() : null));
			return load(id).view();
		});
	}

	/** Ties a parsed file to its cell. */
	public void link(long id, String cellCode, String reason) {
		update(id, file -> {
			file.linked(cellCode, reason);
			announceLinked(file);
		});
	}

	private void announceLinked(InstrumentFile file) {
		InstrumentFileView view = file.view();
		if (view.state() != InstrumentFileState.LINKED || view.id() == null) {
			return;
		}
		if (view.cellCode() != null) {
			this.events.publishEvent(new InstrumentFileLinked(view.id(), view.cellCode(), view.format()));
		}
		if (view.stepId() != null) {
			this.events.publishEvent(new DepositionLogLinked(view.id(), view.stepId()));
		}
	}

	/**
	 * Ties a file to the cell the current user chose: a file waiting in the inbox, or one linked to the wrong cell. The
	 * caller has checked that the code names a cell. Re-processing keeps this choice.
	 * @throws ConflictException when the file was not parsed (yet)
	 */
	public InstrumentFileView assign(long id, String cellCode) {
		InstrumentFile file = assignable(id, "a cell");
		if (file.getFormat() != null && file.getFormat().isDepositionLog()) {
			throw new InvalidInputException("cellCode", "does not apply: " + file.getOriginalName()
					+ " is a deposition log, which belongs to a coating run");
		}
		String actor = CurrentActor.name();
		String previous = file.view().cellCode();
		return update(id, current -> {
			current.assigned(cellCode, actor);
			this.events.publishEvent(new InstrumentFileAssigned(id, current.getOriginalName(), previous, cellCode));
			announceLinked(current);
		});
	}

	/** Ties a parsed deposition log to its coating run. */
	public void linkStep(long id, long stepId, String reason) {
		update(id, file -> {
			file.linkedToStep(stepId, reason);
			announceLinked(file);
		});
	}

	/**
	 * Ties a deposition log to the coating run the current user chose; the caller has checked that the step is one.
	 * @throws ConflictException when the file was not parsed (yet)
	 * @throws InvalidInputException naming {@code coatingRun} when the file is not a deposition log
	 */
	public InstrumentFileView assignStep(long id, long stepId) {
		InstrumentFile file = assignable(id, "a coating run");
		if (file.getFormat() == null || !file.getFormat().isDepositionLog()) {
			throw new InvalidInputException("coatingRun", "does not apply: " + file.getOriginalName()
					+ " is not a deposition log; assign it to a cell");
		}
		String actor = CurrentActor.name();
		return update(id, current -> {
			current.assignedToStep(stepId, actor);
			announceLinked(current);
		});
	}

	private InstrumentFile assignable(long id, String target) {
		InstrumentFile file = load(id);
		if (file.getState() != InstrumentFileState.UNMATCHED && file.getState() != InstrumentFileState.LINKED
				&& file.getState() != InstrumentFileState.PARSED) {
			throw new ConflictException("Instrument file " + id + " is " + file.getState().name().toLowerCase(Locale.ROOT)
					+ "; only parsed files can be assigned to " + target + " (re-process it first)");
		}
		return file;
	}

	/** Leaves a parsed file in the inbox: no cell could be found. */
	public void leaveUnmatched(long id, String reason) {
		update(id, file -> file.unmatched(reason));
	}

	public InstrumentFileView find(long id) {
		return load(id).view();
	}

	public List<InstrumentFileView> ofCell(String cellCode) {
		return this.files.findByCellCodeOrderByReceivedAtDesc(cellCode).stream().map(InstrumentFile::view).toList();
	}

	/** The deposition logs of a coating run, newest first. */
	public List<InstrumentFileView> ofStep(long stepId) {
		return this.files.findByStepIdOrderByReceivedAtDesc(stepId).stream().map(InstrumentFile::view).toList();
	}

	List<InstrumentFileView> list(@Nullable InstrumentFileState state) {
		return ((state != null) ? this.files.findByStateOrderByReceivedAtDesc(state)
				: this.files.findTop200ByOrderByReceivedAtDesc())
			.stream()
			.map(InstrumentFile::view)
			.toList();
	}

	/** The gateway at a glance: files per state and every instrument that has sent one. */
	Overview overview() {
		Map<InstrumentFileState, Long> totals = new EnumMap<>(InstrumentFileState.class);
		Map<String, InstrumentContact> instruments = new TreeMap<>();
		for (InstrumentStateCount count : this.files.countByInstrumentAndState()) {
			totals.merge(count.getState(), count.getFiles(), Long::sum);
			instruments.merge(count.getInstrumentId(), InstrumentContact.of(count), InstrumentContact::plus);
		}
		List<StateTotal> perState = Arrays.stream(InstrumentFileState.values())
			.map(state -> new StateTotal(state, totals.getOrDefault(state, 0L)))
			.toList();
		return new Overview(perState, List.copyOf(instruments.values()));
	}

	/** Cell codes that files were recently linked to, to suggest when assigning. */
	List<String> recentCellCodes() {
		return this.files.recentCellCodes();
	}

	@Nullable String summaryJson(long id) {
		return load(id).getSummary();
	}

	private InstrumentFileView update(long id, java.util.function.Consumer<InstrumentFile> change) {
		return this.transactions.execute(status -> {
			InstrumentFile file = load(id);
			change.accept(file);
			return this.files.saveAndFlush(file).view();
		});
	}

	private InstrumentFile load(long id) {
		return this.files.findById(id).orElseThrow(() -> new NotFoundException("No instrument file with id " + id));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static @Nullable String upper(@Nullable String value) {
		return (value != null) ? value.toUpperCase(Locale.ROOT) : null;
	}

	/**
	 * The gateway's record of a file and whether this request created it.
	 */
	record Received(InstrumentFileView file, boolean created) {
	}

	/**
	 * Files per state, and the instruments that sent them.
	 */
	public record Overview(List<StateTotal> totals, List<InstrumentContact> instruments) {
	}

	/**
	 * How many files are in one state.
	 */
	public record StateTotal(InstrumentFileState state, long files) {
	}

	/**
	 * An instrument as the gateway knows it: by the id its agent sends, when it last sent a file, files per state.
	 */
	public record InstrumentContact(String instrumentId, Instant lastContact, Map<InstrumentFileState, Long> files) {

		static InstrumentContact of(InstrumentStateCount count) {
			Map<InstrumentFileState, Long> files = new EnumMap<>(InstrumentFileState.class);
			files.put(count.getState(), count.getFiles());
			return new InstrumentContact(count.getInstrumentId(), count.getLastReceivedAt(), files);
		}

		InstrumentContact plus(InstrumentContact other) {
			Map<InstrumentFileState, Long> sum = new EnumMap<>(this.files);
			other.files.forEach((state, n) -> sum.merge(state, n, Long::sum));
			return new InstrumentContact(this.instrumentId,
					this.lastContact.isAfter(other.lastContact) ? this.lastContact : other.lastContact, sum);
		}

		public long count(InstrumentFileState state) {
			return this.files.getOrDefault(state, 0L);
		}

	}

}
