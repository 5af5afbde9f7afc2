package org.lilims.cycling;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingRequests.CyclingTestChange;
import org.lilims.cycling.CyclingRequests.NewCyclingTest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cycling tests of cells for scripts and the hardware gateway.
 */
@RestController
class CyclingTestRestController {

	private final CyclingTestService tests;

	CyclingTestRestController(CyclingTestService tests) {
		this.tests = tests;
	}

	@PostMapping("/api/v1/cells/{code}/cycling-tests")
	ResponseEntity<CyclingTestView> plan(@PathVariable String code, @RequestBody NewCyclingTest request) {
		CyclingTestView test = this.tests.plan(code, request);
		return ResponseEntity.created(URI.create("/api/v1/cycling-tests/" + test.id())).body(test);
	}

	@GetMapping("/api/v1/cells/{code}/cycling-tests")
	List<CyclingTestView> ofCell(@PathVariable String code) {
		return this.tests.ofCell(code);
	}

	@GetMapping("/api/v1/cycling-tests")
	List<CyclingTestView> search(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String cycler,
			@RequestParam(required = false) @Nullable String channel) {
		Checks checks = new Checks();
		CyclingTestStatus wanted = (status != null && !status.isBlank())
				? checks.choice(status, CyclingTestStatus.class, "status").orElse(null) : null;
		checks.throwIfAny();
		return this.tests.search(new CyclingTestFilter(wanted, cycler, channel));
	}

	@GetMapping("/api/v1/cycling-tests/{id}")
	CyclingTestView show(@PathVariable long id) {
		return this.tests.get(id);
	}

	@PatchMapping("/api/v1/cycling-tests/{id}")
	CyclingTestView change(@PathVariable long id, @RequestBody CyclingTestChange change) {
		return this.tests.change(id, change);
	}

}
