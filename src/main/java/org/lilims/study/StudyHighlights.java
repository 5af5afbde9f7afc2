package org.lilims.study;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.MetricDefinition;

import org.springframework.stereotype.Component;

/**
 * What a PI sees of the newest studies on the home page: per study, each arm's change versus its reference arm on
 * every compared metric, e.g. "Cycle life: Li_LZLN @ 1 mA/cm² +80.0 % [+68.7, +91.3] vs Li_rp @ 1 mA/cm²".
 */
@Component
class StudyHighlights {

	static final int STUDIES = 5;

	private final StudyService studies;

	StudyHighlights(StudyService studies) {
		this.studies = studies;
	}

	List<Highlighted> newest() {
		List<Highlighted> highlighted = new ArrayList<>();
		for (StudyView study : this.studies.list().stream().limit(STUDIES).toList()) {
			highlighted.add(of(this.studies.summary(study.id())));
		}
		return highlighted;
	}

	static Highlighted of(StudySummary summary) {
		List<Change> changes = new ArrayList<>();
		for (MetricDefinition metric : summary.metrics()) {
			for (StudySummary.Arm arm : summary.arms()) {
				StudySummary.MetricSummary values = arm.metrics().get(metric.name());
				if (values != null && values.change() != null) {
					changes.add(new Change(metric.label(), arm.name(), values.change()));
				}
			}
		}
		int cells = summary.arms().stream().mapToInt(arm -> arm.cells().size()).sum();
		return new Highlighted(summary.id(), summary.name(), summary.project(), cells, changes);
	}

	/**
	 * A study and its arms' changes.
	 *
	 * @param cells cells matching its arms (excluded ones too)
	 */
	record Highlighted(long id, String name, String project, int cells, List<Change> changes) {
	}

	/** One arm's change on one metric. */
	record Change(String metric, String arm, StudySummary.@Nullable Change change) {
	}

}
