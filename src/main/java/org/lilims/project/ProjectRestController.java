package org.lilims.project;

import java.net.URI;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.project.ProjectService.GroupView;
import org.lilims.project.ProjectService.ProjectRequest;
import org.lilims.project.ProjectService.ProjectView;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProjectRestController {

	private final ProjectService projects;

	ProjectRestController(ProjectService projects) {
		this.projects = projects;
	}

	@GetMapping("/api/v1/projects")
	List<ProjectView> projects() {
		return this.projects.visibleProjects();
	}

	@GetMapping("/api/v1/projects/{code}")
	ProjectView project(@PathVariable String code) {
		return this.projects.visibleProject(code);
	}

	@PostMapping("/api/v1/projects")
	ResponseEntity<ProjectView> create(@RequestBody ProjectRequest request) {
		ProjectView created = this.projects.createProject(request);
		return ResponseEntity.created(URI.create("/api/v1/projects/" + created.code())).body(created);
	}

	@PutMapping("/api/v1/projects/{code}/members/{username}")
	ProjectView addMember(@PathVariable String code, @PathVariable String username) {
		return this.projects.addMember(code, username);
	}

	@DeleteMapping("/api/v1/projects/{code}/members/{username}")
	ProjectView removeMember(@PathVariable String code, @PathVariable String username) {
		return this.projects.removeMember(code, username);
	}

	@GetMapping("/api/v1/groups")
	List<GroupView> groups() {
		return this.projects.groups();
	}

	@PostMapping("/api/v1/admin/groups")
	ResponseEntity<GroupView> createGroup(@RequestBody GroupRequest request) {
		GroupView created = this.projects.createGroup(request.code(), request.name());
		return ResponseEntity.created(URI.create("/api/v1/groups/" + created.code())).body(created);
	}

	@PutMapping("/api/v1/admin/groups/{code}/members/{username}")
	GroupView setGroupMember(@PathVariable String code, @PathVariable String username,
			@RequestBody(required = false) @Nullable MemberRole role) {
		return this.projects.setGroupMember(code, username, (role != null) ? role.role() : null);
	}

	record GroupRequest(@Nullable String code, @Nullable String name) {
	}

	record MemberRole(@Nullable String role) {
	}

}
