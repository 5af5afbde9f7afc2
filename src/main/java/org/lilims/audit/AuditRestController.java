package org.lilims.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditRestController {

	private final AuditTrail trail;

	AuditRestController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/v1/audit")
	List<AuditRecord> trail(@RequestParam String entityType, @RequestParam String entityId) {
		return this.trail.trailOf(entityType, entityId);
	}

}
