package org.lilims.system;

import org.lilims.shared.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

	@Bean
	static NavigationItem homeNavigation() {
		return NavigationItem.forEveryone("Home", "/", 0);
	}

}
