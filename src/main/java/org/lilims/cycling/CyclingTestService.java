package org.lilims.cycling;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingRequests.CyclingTestChange;
import org.lilims.cycling.CyclingRequests.NewCyclingTest;
import org.lilims.shared.ConflictException;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans cycling tests and moves them through their life, validating everything before anything is stored.
 */
@Service
@Transactional
class CyclingTestService implements CyclingApi {

	private final CyclingTestRepository tests;

	private final Cells cells;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CyclingTestService(CyclingTestRepository tests, Cells cells, ApplicationEventPublisher events, Clock clock) {
		this.tests = tests;
		this.cells = cells;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public CyclingTestView plan(String cellCode, String cycler, String channel, CyclingProtocol protocol,
			BigDecimal temperatureC, @Nullable Integer plannedCycles) {
		return plan(cellCode, new NewCyclingTest(cycler, channel, Protocols.request(protocol), temperatureC,
				plannedCycles, null));
	}

	@Override
	public CyclingTestView changeStatus(long testId, String status) {
		return change(testId, new CyclingTestChange(status, null, null, load(testId).getVersion()));
	}

	CyclingTestView plan(String cellCode, NewCyclingTest request) {
		this.cells.availableCell(cellCode);
		Checks checks = new Checks();
		String cycler = checks.text(request.cycler(), "cycler", 100);
		String channel = checks.text(request.channel(), "channel", 32);
		CyclingProtocol protocol = Protocols.from(request.protocol(), "protocol.", checks);
		BigDecimal temperature = checks.between(request.temperatureC(), "temperatureC", "°C", "-100", "200");
		Integer plannedCycles = checks.positiveWhole(request.plannedCycles(), "plannedCycles", false);
		String notes = checks.optionalText(request.notes(), "notes", 4000);
		checks.throwIfAny();
		CyclingTest test = this.tests.saveAndFlush(new CyclingTest(cellCode, cycler, channel, protocol, temperature,
				plannedCycles, notes, CurrentActor.name(), this.clock.instant()));
		this.events.publishEvent(new CyclingTestChanged(test.id(), "CREATED", null, test.snapshot(), null));
		return test.view();
	}

	CyclingTestView change(long id, CyclingTestChange change) {
		CyclingTest test = load(id);
		Checks checks = new Checks();
		if (change.version() == null) {
			checks.add("version", "is required: send the version you last read (now " + test.getVersion() + ")");
		}
		Optional<CyclingTestStatus> status = (change.status() != null)
				? checks.choice(change.status(), CyclingTestStatus.class, "status") : Optional.empty();
		String reason = checks.optionalText(change.reason(), "reason", 2000);
		String notes = checks.optionalText(change.notes(), "notes", 4000);
		checks.throwIfAny();
		if (change.version() != test.getVersion()) {
			throw new ConflictException("Cycling test " + id + " was changed by someone else since you loaded it "
					+ "(your version " + change.version() + ", now " + test.getVersion()
					+ "); reload it and apply your change again");
		}
		Instant now = this.clock.instant();
		Map<String, Object> before = test.snapshot();
		boolean statusChange = status.isPresent() && status.get() != test.getStatus();
		if (!statusChange && change.notes() == null) {
			return test.view();
		}
		if (change.notes() != null) {
			test.describe(notes, now);
		}
		if (statusChange) {
			if (status.get() == CyclingTestStatus.RUNNING) {
				ensureFree(test);
			}
			test.changeStatus(status.get(), reason, now);
		}
		try {
			this.tests.saveAndFlush(test);
		}
		catch (DataIntegrityViolationException ex) {
			// Another request started a test on the same channel between our check and this write.
			throw new ConflictException("Channel " + test.getChannel() + " of " + test.getCycler()
					+ " was just taken by another running test; reload and try again");
		}
		this.events.publishEvent(new CyclingTestChanged(id, statusChange ? "STATUS_CHANGED" : "UPDATED", before,
				test.snapshot(), reason));
		return test.view();
	}

	/** A channel and a cell can each be in one running test only, or the gateway could not route files. */
	private void ensureFree(CyclingTest test) {
		this.tests.findRunningOn(test.getCycler().toLowerCase(Locale.ROOT), test.getChannel())
			.ifPresent(other -> {
				throw new ConflictException("Channel " + test.getChannel() + " of " + test.getCycler()
						+ " is busy with running cycling test " + other.id() + " (cell " + other.getCellCode()
						+ "); finish or abort it first");
			});
		this.tests.findRunningOfCell(test.getCellCode()).stream().findFirst().ifPresent(other -> {
			throw new ConflictException("Cell " + test.getCellCode() + " is already running in cycling test "
					+ other.id() + "; finish or abort it first");
		});
	}

	@Transactional(readOnly = true)
	CyclingTestView get(long id) {
		return load(id).view();
	}

	@Transactional(readOnly = true)
	List<CyclingTestView> ofCell(String cellCode) {
		this.cells.cell(cellCode);
		return testsOf(cellCode);
	}

	@Transactional(readOnly = true)
	List<CyclingTestView> search(CyclingTestFilter filter) {
		return this.tests.findAll(filter.toSpecification(), Sort.by(Sort.Direction.DESC, "id"))
			.stream()
			.map(CyclingTest::view)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CyclingTestView> runningTestOn(String cycler, String channel) {
		return this.tests.findRunningOn(cycler.trim().toLowerCase(Locale.ROOT), channel.trim()).map(CyclingTest::view);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CyclingTestView> find(long id) {
		return this.tests.findById(id).map(CyclingTest::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CyclingTestView> testsOf(String cellCode) {
		return this.tests.findByCellCodeOrderByIdDesc(cellCode).stream().map(CyclingTest::view).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, CyclingTestView> newestTestOf(Collection<String> cellCodes) {
		Map<String, CyclingTestView> newest = new HashMap<>();
		if (!cellCodes.isEmpty()) {
			this.tests.findByCellCodeInOrderByIdDesc(cellCodes)
				.forEach(test -> newest.putIfAbsent(test.getCellCode(), test.view()));
		}
		return newest;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CyclingTestView> running() {
		return this.tests.findRunning().stream().map(CyclingTest::view).toList();
	}

	private CyclingTest load(long id) {
		return this.tests.findById(id).orElseThrow(() -> new NotFoundException("No cycling test with id " + id));
	}

}
