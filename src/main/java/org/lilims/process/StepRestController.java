package org.lilims.process;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.lilims.process.StepRequests.LotRequest;
import org.lilims.process.StepRequests.StepRequest;
import org.lilims.sample.SampleKind;
import org.lilims.sample.SampleView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Steps, step types and lot receipt for scripts.
 */
@RestController
class StepRestController {

	private final StepService steps;

	private final StepCatalog catalog;

	StepRestController(StepService steps, StepCatalog catalog) {
		this.steps = steps;
		this.catalog = catalog;
	}

	@PostMapping("/api/v1/steps")
	ResponseEntity<StepResult> record(@RequestBody StepRequest request) {
		StepResult result = this.steps.record(request);
		return ResponseEntity.created(URI.create("/api/v1/steps/" + result.stepId())).body(result);
	}

	@GetMapping("/api/v1/steps/{id}")
	StepView step(@PathVariable long id) {
		return this.steps.find(id);
	}

	@GetMapping("/api/v1/step-types")
	List<StepDefinition> stepTypes() {
		return this.catalog.definitions();
	}

	@PostMapping("/api/v1/lots")
	ResponseEntity<SampleView> registerLot(@RequestBody LotRequest request) {
		SampleView lot = this.steps.registerLot(request);
		return ResponseEntity.created(URI.create("/api/v1/lots/" + lot.code())).body(lot);
	}

	@GetMapping("/api/v1/lot-types")
	Map<SampleKind, List<ParameterDefinition>> lotTypes() {
		return Arrays.stream(SampleKind.values())
			.filter(SampleKind::isLot)
			.collect(Collectors.toMap(kind -> kind, this.steps::lotParameters, (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

}
