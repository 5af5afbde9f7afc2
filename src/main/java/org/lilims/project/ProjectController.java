package org.lilims.project;

import org.lilims.project.ProjectService.ProjectRequest;
import org.lilims.shared.ConflictException;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Projects and groups in the browser: everyone sees the projects they may read; PIs create projects in their groups
 * and manage members; administrators create groups and name their PIs.
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

	private final ProjectService projects;

	ProjectController(ProjectService projects) {
		this.projects = projects;
	}

	@Bean
	static NavigationItem projectNavigation() {
		return NavigationItem.forEveryone("Projects", "/projects", 200)
			.describedAs("The research projects you work in, their members and their samples.");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("projects", this.projects.visibleProjects());
		model.addAttribute("groups", this.projects.groups());
		return "project/projects";
	}

	@GetMapping("/{code}")
	String show(@PathVariable String code, Model model) {
		model.addAttribute("project", this.projects.visibleProject(code));
		return "project/project";
	}

	@PostMapping
	String create(@RequestParam String code, @RequestParam String name, @RequestParam String group,
			@RequestParam(required = false) String description, RedirectAttributes redirect) {
		return attempt(redirect, "/projects", () -> {
			ProjectService.ProjectView created = this.projects
				.createProject(new ProjectRequest(code, name, description, group, null));
			redirect.addFlashAttribute("message", "Created project " + created.code());
			return "redirect:/projects/" + created.code();
		});
	}

	@PostMapping("/{code}/members")
	String addMember(@PathVariable String code, @RequestParam String username, RedirectAttributes redirect) {
		return attempt(redirect, "/projects/" + code, () -> {
			this.projects.addMember(code, username);
			redirect.addFlashAttribute("message", "Added " + username.trim().toLowerCase() + " to " + code);
			return "redirect:/projects/" + code;
		});
	}

	@PostMapping("/{code}/members/{username}/remove")
	String removeMember(@PathVariable String code, @PathVariable String username, RedirectAttributes redirect) {
		return attempt(redirect, "/projects/" + code, () -> {
			this.projects.removeMember(code, username);
			redirect.addFlashAttribute("message", "Removed " + username + " from " + code);
			return "redirect:/projects/" + code;
		});
	}

	@PostMapping("/groups")
	String createGroup(@RequestParam String code, @RequestParam String name, RedirectAttributes redirect) {
		return attempt(redirect, "/projects", () -> {
			this.projects.createGroup(code, name);
			redirect.addFlashAttribute("message", "Created group " + code.trim().toUpperCase());
			return "redirect:/projects";
		});
	}

	@PostMapping("/groups/members")
	String setGroupMember(@RequestParam("group") String code, @RequestParam String username, @RequestParam String role,
			RedirectAttributes redirect) {
		return attempt(redirect, "/projects", () -> {
			this.projects.setGroupMember(code, username, role);
			redirect.addFlashAttribute("message", username.trim().toLowerCase() + " is now " + role + " of " + code);
			return "redirect:/projects";
		});
	}

	/** Runs a change; a refused one goes back to the page with the reason. */
	private static String attempt(RedirectAttributes redirect, String back, java.util.function.Supplier<String> change) {
		try {
			return change.get();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		catch (ConflictException | AccessDeniedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:" + back;
	}

}
