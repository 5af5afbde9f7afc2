package org.lilims.cycling;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingRequests.NewEisPlan;
import org.lilims.shared.CurrentActor;
import org.lilims.shared.NotFoundException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records EIS measurement plans on cells, validating the sweep, the schedule and the linked cycling test first.
 */
@Service
@Transactional
class EisPlanService {

	private static final TypeReference<List<EisSchedule.Rule>> RULES = new TypeReference<>() {
	};

	private final EisPlanRepository plans;

	private final CyclingTestRepository tests;

	private final Cells cells;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EisPlanService(EisPlanRepository plans, CyclingTestRepository tests, Cells cells, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.plans = plans;
		this.tests = tests;
		this.cells = cells;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	EisPlanView plan(String cellCode, NewEisPlan request) {
		this.cells.availableCell(cellCode);
		Checks checks = new Checks();
		String potentiostat = checks.text(request.potentiostat(), "potentiostat", 100);
		String channel = checks.text(request.channel(), "channel", 32);
		EisPlan.Sweep sweep = sweep(request, checks);
		EisSchedule schedule = EisSchedule.from(request.schedule(), "schedule", checks);
		checkCyclingTest(request.cyclingTestId(), cellCode, checks);
		String notes = checks.optionalText(request.notes(), "notes", 4000);
		checks.throwIfAny();
		EisPlan plan = this.plans.saveAndFlush(new EisPlan(cellCode, request.cyclingTestId(), potentiostat, channel,
				sweep, this.json.writeValueAsString(schedule.rules()), notes, CurrentActor.name(),
				this.clock.instant()));
		this.events.publishEvent(new EisPlanRecorded(plan.id(), plan.snapshot()));
		return plan.view(schedule);
	}

	private static EisPlan.@Nullable Sweep sweep(NewEisPlan request, Checks checks) {
		BigDecimal high = checks.positive(request.highFrequencyHz(), "highFrequencyHz", "Hz");
		BigDecimal low = checks.positive(request.lowFrequencyHz(), "lowFrequencyHz", "Hz");
		if (high != null && low != null && high.compareTo(low) <= 0) {
			checks.add("highFrequencyHz", "must be above lowFrequencyHz (" + low.toPlainString() + " Hz), not "
					+ high.toPlainString() + " Hz");
		}
		BigDecimal amplitude = checks.positive(request.amplitudeMv(), "amplitudeMv", "mV");
		Integer points = checks.positiveWhole(request.pointsPerDecade(), "pointsPerDecade", true);
		boolean valid = high != null && low != null && high.compareTo(low) > 0 && amplitude != null && points != null;
		return valid ? new EisPlan.Sweep(high, low, amplitude, points) : null;
	}

	private void checkCyclingTest(@Nullable Long cyclingTestId, String cellCode, Checks checks) {
		if (cyclingTestId == null) {
			return;
		}
		this.tests.findById(cyclingTestId).ifPresentOrElse(test -> {
			if (!test.getCellCode().equals(cellCode)) {
				checks.add("cyclingTestId", "cycling test " + cyclingTestId + " is on cell " + test.getCellCode()
						+ ", not on " + cellCode);
			}
		}, () -> checks.add("cyclingTestId", "no cycling test with id " + cyclingTestId));
	}

	@Transactional(readOnly = true)
	EisPlanView get(long id) {
		return this.plans.findById(id)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("No EIS plan with id " + id));
	}

	@Transactional(readOnly = true)
	List<EisPlanView> ofCell(String cellCode) {
		this.cells.cell(cellCode);
		return this.plans.findByCellCodeOrderByIdDesc(cellCode).stream().map(this::view).toList();
	}

	private EisPlanView view(EisPlan plan) {
		return plan.view(new EisSchedule(this.json.readValue(plan.getSchedule(), RULES)));
	}

}
