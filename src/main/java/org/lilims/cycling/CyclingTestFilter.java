package org.lilims.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of the cycling test list: all optional, combined with AND.
 *
 * @param status only this status
 * @param cycler only this instrument (ignoring case)
 * @param channel only this channel
 */
record CyclingTestFilter(@Nullable CyclingTestStatus status, @Nullable String cycler, @Nullable String channel) {

	Specification<CyclingTest> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			if (this.cycler != null && !this.cycler.isBlank()) {
				predicates.add(cb.equal(cb.lower(root.get("cycler")), this.cycler.trim().toLowerCase(Locale.ROOT)));
			}
			if (this.channel != null && !this.channel.isBlank()) {
				predicates.add(cb.equal(root.get("channel"), this.channel.trim()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
