package org.lilims.sample;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the sample list: all optional, combined with AND.
 *
 * @param kind only this kind
 * @param coating only this coating variant
 * @param status only this status
 * @param owner only samples recorded by this user
 * @param from recorded on or after this day (UTC)
 * @param to recorded on or before this day (UTC)
 * @param q text searched in code, name, location and notes
 * @param project only samples of this project
 */
record SampleFilter(@Nullable SampleKind kind, @Nullable String coating, @Nullable SampleStatus status,
		@Nullable String owner, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable String q,
		@Nullable String project) {

	/** The order of every sample list. */
	static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("code"));

	Specification<Sample> toSpecification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (this.kind != null) {
				predicates.add(cb.equal(root.get("kind"), this.kind));
			}
			if (this.coating != null && !this.coating.isBlank()) {
				predicates.add(cb.equal(cb.upper(root.get("coatingVariant")), this.coating.trim().toUpperCase(Locale.ROOT)));
			}
			if (this.status != null) {
				predicates.add(cb.equal(root.get("status"), this.status));
			}
			if (this.owner != null && !this.owner.isBlank()) {
				predicates.add(cb.equal(root.get("createdBy"), this.owner.trim().toLowerCase(Locale.ROOT)));
			}
			if (this.from != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("createdAt"), this.from.atStartOfDay().toInstant(ZoneOffset.UTC)));
			}
			if (this.to != null) {
				predicates.add(cb.lessThan(root.get("createdAt"), this.to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
			}
			if (this.project != null && !this.project.isBlank()) {
				predicates.add(cb.equal(root.get("projectCode"), this.project.trim().toUpperCase(Locale.ROOT)));
			}
			if (this.q != null && !this.q.isBlank()) {
				String pattern = "%" + this.q.trim().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("code")), pattern, '\\'),
						cb.like(cb.lower(root.get("name")), pattern, '\\'),
						cb.like(cb.lower(root.get("location")), pattern, '\\'),
						cb.like(cb.lower(root.get("notes")), pattern, '\\')));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
