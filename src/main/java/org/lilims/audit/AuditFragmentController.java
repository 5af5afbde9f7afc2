package org.lilims.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail of any record as an HTML fragment, which other modules' pages load (with htmx) without depending on
 * this module.
 */
@Controller
class AuditFragmentController {

	private static final int RECENT = 12;

	private final AuditTrail trail;

	AuditFragmentController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/audit/fragment")
	String trail(@RequestParam String entityType, @RequestParam String entityId, Model model) {
		model.addAttribute("entries", this.trail.trailOf(entityType, entityId));
		return "audit/trail :: trail";
	}

	@GetMapping("/audit/recent")
	String recent(Model model) {
		model.addAttribute("entries", this.trail.recent(RECENT));
		return "audit/recent :: panel";
	}

}
