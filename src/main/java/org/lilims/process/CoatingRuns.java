package org.lilims.process;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleKind;
import org.lilims.sample.SampleView;
import org.lilims.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * Finds PVD coating runs (steps of type {@link PvdCoating#NAME}) for deposition-controller logs: by a coated foil the
 * run made, by the step's id, or by the chamber and the time the log started.
 */
@Service
class CoatingRuns implements CoatingRunApi {

	static final String FIELD = "coatingRun";

	/** How far a log's start may lie from the run's recorded time: runs are often recorded later the same day. */
	static final Duration WINDOW = Duration.ofHours(12);

	private final ProcessStepRepository steps;

	private final InstrumentFiles files;

	private final SampleApi samples;

	private final Clock clock;

	private final StepService stepService;

	CoatingRuns(ProcessStepRepository steps, InstrumentFiles files, SampleApi samples, Clock clock,
			StepService stepService) {
		this.steps = steps;
		this.files = files;
		this.stepService = stepService;
		this.samples = samples;
		this.clock = clock;
	}

	/** The run that made a coated foil. */
	Optional<Long> runThatMade(String sampleCode) {
		return this.samples.find(sampleCode)
			.filter(sample -> sample.kind() == SampleKind.COATED_FOIL)
			.map(SampleView::producedByStepId)
			.filter(this::isCoatingRun);
	}

	/**
	 * Runs in a chamber near a time, nearest first.
	 * @param localStart the log's start, in the instrument's (the lab's) local time
	 */
	List<Long> runsIn(String chamber, LocalDateTime localStart) {
		Instant start = localStart.atZone(this.clock.getZone()).toInstant();
		return this.steps.findIdsInChamber(PvdCoating.NAME, chamber, start.minus(WINDOW), start.plus(WINDOW), start);
	}

	/**
	 * What a person typed to name a run: a coated foil's code ({@code CT-0003}) or the step's id ({@code 12}).
	 * @throws InvalidInputException naming {@value #FIELD} when it names no coating run
	 */
	long runFromInput(String input) {
		String text = input.trim().toUpperCase(Locale.ROOT).replaceFirst("^(STEP\\s*)?#?\\s*", "");
		if (text.isEmpty()) {
			throw new InvalidInputException(FIELD, "is required: a coated foil's code (CT-0001) or the run's step id");
		}
		if (text.chars().allMatch(Character::isDigit)) {
			long id = Long.parseLong(text);
			if (isCoatingRun(id)) {
				return id;
			}
			throw new InvalidInputException(FIELD, "step " + id + " is not a PVD coating run");
		}
		return runThatMade(text).orElseThrow(() -> new InvalidInputException(FIELD,
				input.trim() + " is not a coated foil made by a PVD coating run"));
	}

	/**
	 * Ties a deposition log to the run a person named.
	 * @throws org.lilims.shared.NotFoundException when there is no such file
	 * @throws InvalidInputException naming {@value #FIELD} when the input names no coating run
	 */
	InstrumentFileView assign(long fileId, @Nullable String input) {
		this.files.find(fileId);
		return this.files.assignStep(fileId, runFromInput((input != null) ? input : ""));
	}

	@Override
	public Optional<List<EvaporatedLayer>> evaporatedLayers(long stepId) {
		if (!isCoatingRun(stepId)) {
			return Optional.empty();
		}
		Object layers = this.stepService.find(stepId).parameters().get("layers");
		List<EvaporatedLayer> evaporated = new ArrayList<>();
		if (layers instanceof List<?> list) {
			for (Object item : list) {
				if (item instanceof Map<?, ?> layer && PvdCoating.EVAPORATION.equals(layer.get("kind"))) {
					evaporated.add(new EvaporatedLayer((layer.get("material") != null) ? layer.get("material").toString()
							: null, number(layer.get("targetThicknessNm")), number(layer.get("rateNmPerS"))));
				}
			}
		}
		return Optional.of(evaporated);
	}

	private static @Nullable Double number(@Nullable Object value) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value instanceof Map<?, ?> quantity && quantity.get("value") instanceof Number number) {
			return number.doubleValue();
		}
		return null;
	}

	private boolean isCoatingRun(long stepId) {
		return this.steps.findById(stepId).filter(step -> PvdCoating.NAME.equals(step.getType())).isPresent();
	}

}
