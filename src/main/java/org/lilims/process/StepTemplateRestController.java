package org.lilims.process;

import java.net.URI;
import java.util.List;

import org.lilims.process.StepTemplateService.TemplateRequest;
import org.lilims.process.StepTemplateService.TemplateView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step templates: administrators define them, everyone reads them (they are also listed by
 * {@code GET /api/v1/step-types}).
 */
@RestController
class StepTemplateRestController {

	private final StepTemplateService templates;

	private final StepCatalog catalog;

	StepTemplateRestController(StepTemplateService templates, StepCatalog catalog) {
		this.templates = templates;
		this.catalog = catalog;
	}

	@GetMapping("/api/v1/step-templates")
	List<TemplateView> list() {
		return this.templates.all();
	}

	@GetMapping("/api/v1/step-templates/{name}")
	TemplateView show(@PathVariable String name) {
		return this.templates.get(name);
	}

	@PostMapping("/api/v1/admin/step-templates")
	ResponseEntity<StepDefinition> create(@RequestBody TemplateRequest request) {
		StepDefinition created = this.templates.save(request, this.catalog.builtInNames(), true);
		return ResponseEntity.created(URI.create("/api/v1/step-templates/" + created.name())).body(created);
	}

	@PutMapping("/api/v1/admin/step-templates/{name}")
	StepDefinition update(@PathVariable String name, @RequestBody TemplateRequest request) {
		TemplateRequest named = new TemplateRequest(name, request.label(), request.description(), request.inputKinds(),
				request.minInputs(), request.maxInputs(), request.produces(), request.parameters(), request.active(),
				request.version());
		return this.templates.save(named, this.catalog.builtInNames(), false);
	}

}
