package org.lilims.study;

import java.net.URI;
import java.util.List;

import org.lilims.study.StudyRequests.NewExclusion;
import org.lilims.study.StudyRequests.NewStudy;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Studies for scripts: create them with their arms, read their comparison, exclude cells.
 */
@RestController
@RequestMapping("/api/v1/studies")
class StudyRestController {

	private final StudyService studies;

	StudyRestController(StudyService studies) {
		this.studies = studies;
	}

	@PostMapping
	ResponseEntity<StudyView> create(@RequestBody NewStudy request) {
		StudyView study = this.studies.create(request);
		return ResponseEntity.created(URI.create("/api/v1/studies/" + study.id())).body(study);
	}

	@GetMapping
	List<StudyView> list() {
		return this.studies.list();
	}

	@GetMapping("/{id}")
	StudyView show(@PathVariable long id) {
		return this.studies.get(id);
	}

	@GetMapping("/{id}/summary")
	StudySummary summary(@PathVariable long id) {
		return this.studies.summary(id);
	}

	@PostMapping("/{id}/exclusions")
	ResponseEntity<StudyView> exclude(@PathVariable long id, @RequestBody NewExclusion request) {
		return ResponseEntity.status(201).body(this.studies.exclude(id, request));
	}

}
