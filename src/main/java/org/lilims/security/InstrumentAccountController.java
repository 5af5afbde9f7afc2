package org.lilims.security;

import org.lilims.shared.ConflictException;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Instrument accounts in the browser, for administrators: the panel of the gateway page that lists them with their
 * tokens (loaded with htmx, so the gateway does not depend on this module), and connecting a new instrument.
 */
@Controller
@RequestMapping("/admin/instruments")
class InstrumentAccountController {

	private final InstrumentConnections instruments;

	InstrumentAccountController(InstrumentConnections instruments) {
		this.instruments = instruments;
	}

	@GetMapping("/fragment")
	String panel(Model model) {
		model.addAttribute("instruments", this.instruments.accounts());
		return "admin/instruments :: panel";
	}

	@GetMapping("/new")
	String newInstrument(Model model) {
		model.addAttribute("form", new ConnectInstrumentForm());
		return "admin/instrument-new";
	}

	@PostMapping
	String connect(@ModelAttribute("form") ConnectInstrumentForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "admin/instrument-new";
		}
		try {
			InstrumentConnections.Connected connected = this.instruments.connect(form.toCommand());
			redirect.addFlashAttribute("message", "Connected " + connected.account().displayName()
					+ ": its account " + connected.account().username() + " and its first token are ready");
			redirect.addFlashAttribute("newToken", connected.token());
			TokenForms.showAgentCommand(connected.account(), connected.token(), redirect);
			return "redirect:/admin/users/" + connected.account().username();
		}
		catch (InvalidInputException ex) {
			FormErrors.bind(ex, result);
		}
		catch (ConflictException ex) {
			result.rejectValue("username", "taken", ex.getMessage());
		}
		return "admin/instrument-new";
	}

}
