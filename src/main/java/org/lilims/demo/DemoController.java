package org.lilims.demo;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's "Load the demo" button on the home page, as long as the demo has not been loaded.
 */
@Controller
class DemoController {

	private final DemoRunner runner;

	DemoController(DemoRunner runner) {
		this.runner = runner;
	}

	@GetMapping("/admin/demo/panel")
	String panel(Model model) {
		model.addAttribute("loaded", this.runner.loaded());
		return "demo/panel :: panel";
	}

	@PostMapping("/admin/demo")
	String load(RedirectAttributes redirect) {
		this.runner.loadInBackground();
		redirect.addFlashAttribute("message", "Loading the demo study (simulated data) in the background; "
				+ "its cells and their analyses appear within a minute or two");
		return "redirect:/";
	}

}
