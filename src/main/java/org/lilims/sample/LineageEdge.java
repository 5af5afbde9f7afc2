package org.lilims.sample;

import java.io.Serializable;
import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;

/**
 * "Child was made from parent by step", with how much of the parent the step used.
 */
@Entity
@Table(schema = "sample", name = "lineage_edge")
class LineageEdge {

	@EmbeddedId
	private Key key;

	@Column(name = "step_id")
	private @Nullable Long stepId;

	@Column(name = "consumed_value", precision = 20, scale = 6)
	private @Nullable BigDecimal consumedValue;

	@Column(name = "consumed_unit", length = 16)
	private @Nullable Unit consumedUnit;

	@Column(name = "input_role", length = 64)
	private @Nullable String inputRole;

	protected LineageEdge() {
		this.key = new Key();
	}

	LineageEdge(long parentId, long childId, @Nullable Long stepId, @Nullable Quantity consumed,
			@Nullable String inputRole) {
		this.key = new Key(parentId, childId);
		this.stepId = stepId;
		this.consumedValue = (consumed != null) ? consumed.value() : null;
		this.consumedUnit = (consumed != null) ? consumed.unit() : null;
		this.inputRole = inputRole;
	}

	@Embeddable
	static class Key implements Serializable {

		@Column(name = "parent_id")
		private long parentId;

		@Column(name = "child_id")
		private long childId;

		protected Key() {
		}

		Key(long parentId, long childId) {
			this.parentId = parentId;
			this.childId = childId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.parentId == this.parentId && key.childId == this.childId;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(this.parentId) * 31 + Long.hashCode(this.childId);
		}

	}

}
