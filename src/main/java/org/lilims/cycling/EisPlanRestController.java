package org.lilims.cycling;

import java.net.URI;
import java.util.List;

import org.lilims.cycling.CyclingRequests.NewEisPlan;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * EIS measurement plans of cells for scripts.
 */
@RestController
class EisPlanRestController {

	private final EisPlanService plans;

	EisPlanRestController(EisPlanService plans) {
		this.plans = plans;
	}

	@PostMapping("/api/v1/cells/{code}/eis-plans")
	ResponseEntity<EisPlanView> plan(@PathVariable String code, @RequestBody NewEisPlan request) {
		EisPlanView plan = this.plans.plan(code, request);
		return ResponseEntity.created(URI.create("/api/v1/eis-plans/" + plan.id())).body(plan);
	}

	@GetMapping("/api/v1/cells/{code}/eis-plans")
	List<EisPlanView> ofCell(@PathVariable String code) {
		return this.plans.ofCell(code);
	}

	@GetMapping("/api/v1/eis-plans/{id}")
	EisPlanView show(@PathVariable long id) {
		return this.plans.get(id);
	}

}
