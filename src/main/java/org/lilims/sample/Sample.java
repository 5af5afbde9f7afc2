package org.lilims.sample;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;

/**
 * A physical object of the lab. Guards its stock: a step may use only what is left, in the right dimension, of an
 * available sample.
 */
@Entity
@Table(schema = "sample", name = "sample")
class Sample {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, updatable = false, length = 32)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 32)
	private SampleKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private SampleStatus status = SampleStatus.AVAILABLE;

	@Column(name = "project_code", nullable = false, length = 32)
	private String projectCode = "GENERAL";

	@Column(length = 200)
	private @Nullable String name;

	@Column(name = "coating_variant", length = 32)
	private @Nullable String coatingVariant;

	@Column(length = 200)
	private @Nullable String location;

	private @Nullable String notes;

	@Column(name = "quantity_value", precision = 20, scale = 6)
	private @Nullable BigDecimal quantityValue;

	@Column(name = "remaining_value", precision = 20, scale = 6)
	private @Nullable BigDecimal remainingValue;

	@Column(name = "quantity_unit", length = 16)
	private @Nullable Unit quantityUnit;

	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, columnDefinition = "jsonb")
	private String parameters = "{}";

	@Column(name = "produced_by_step_id", updatable = false)
	private @Nullable Long producedByStepId;

	@Column(name = "produced_by_step_type", updatable = false, length = 100)
	private @Nullable String producedByStepType;

	@Column(name = "created_by", nullable = false, updatable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Sample() {
		this.code = "";
		this.kind = SampleKind.CELL;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	Sample(String code, NewSample spec, String projectCode, String parametersJson, @Nullable Long stepId,
			@Nullable String stepType, String createdBy, Instant now) {
		this.code = code;
		this.projectCode = projectCode;
		this.kind = spec.kind();
		this.name = spec.name();
		this.coatingVariant = spec.coatingVariant();
		this.location = spec.location();
		this.notes = spec.notes();
		if (spec.quantity() != null) {
			Quantity stock = inStockUnit(spec.kind(), spec.quantity(), "quantity");
			this.quantityValue = stock.value();
			this.remainingValue = stock.value();
			this.quantityUnit = stock.unit();
			if (stock.isZero()) {
				throw new InvalidInputException("quantity", "must be more than zero");
			}
		}
		this.parameters = parametersJson;
		this.producedByStepId = stepId;
		this.producedByStepType = stepType;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Use part of the stock.
	 * @param field name of the request field to blame in an error
	 * @return the amount used, in the stock unit
	 */
	Quantity consume(Quantity amount, String field, Instant now) {
		if (this.status != SampleStatus.AVAILABLE) {
			throw new InvalidInputException(field,
					this.code + " is " + this.status.name().toLowerCase() + " and cannot be used");
		}
		Quantity used = inStockUnit(this.kind, amount, field);
		if (used.isZero()) {
			throw new InvalidInputException(field, "must be more than zero");
		}
		if (this.remainingValue != null) {
			if (used.value().compareTo(this.remainingValue) > 0) {
				throw new InvalidInputException(field, this.code + " has only " + remaining() + " left; cannot use "
						+ used);
			}
			this.remainingValue = this.remainingValue.subtract(used.value());
			if (this.remainingValue.signum() == 0) {
				this.status = SampleStatus.CONSUMED;
			}
		}
		this.updatedAt = now;
		return used;
	}

	void changeStatus(SampleStatus newStatus, Instant now) {
		if (newStatus == SampleStatus.AVAILABLE && this.remainingValue != null && this.remainingValue.signum() == 0) {
			throw new InvalidInputException("status", this.code + " has nothing left and cannot be made available");
		}
		this.status = newStatus;
		this.updatedAt = now;
	}

	void describe(@Nullable String location, @Nullable String notes, @Nullable String name, Instant now) {
		this.location = location;
		this.notes = notes;
		this.name = name;
		this.updatedAt = now;
	}

	private static Quantity inStockUnit(SampleKind kind, Quantity amount, String field) {
		if (!amount.unit().convertibleTo(kind.stockUnit())) {
			throw new InvalidInputException(field, "unit " + amount.unit().symbol() + " does not fit a "
					+ kind.label().toLowerCase() + ", which is counted in " + kind.stockUnit().symbol());
		}
		return amount.to(kind.stockUnit());
	}

	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", this.kind.name());
		values.put("status", this.status.name());
		values.put("project", this.projectCode);
		putIfPresent(values, "name", this.name);
		putIfPresent(values, "coatingVariant", this.coatingVariant);
		putIfPresent(values, "location", this.location);
		putIfPresent(values, "notes", this.notes);
		putIfPresent(values, "remaining", (remaining() != null) ? remaining().toString() : null);
		return values;
	}

	private static void putIfPresent(Map<String, Object> values, String key, @Nullable Object value) {
		if (value != null) {
			values.put(key, value);
		}
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	SampleKind getKind() {
		return this.kind;
	}

	SampleStatus getStatus() {
		return this.status;
	}

	String getProjectCode() {
		return this.projectCode;
	}

	@Nullable String getName() {
		return this.name;
	}

	@Nullable String getCoatingVariant() {
		return this.coatingVariant;
	}

	@Nullable String getLocation() {
		return this.location;
	}

	@Nullable String getNotes() {
		return this.notes;
	}

	@Nullable Quantity quantity() {
		return (this.quantityValue != null && this.quantityUnit != null)
				? new Quantity(this.quantityValue, this.quantityUnit) : null;
	}

	@Nullable Quantity remaining() {
		return (this.remainingValue != null && this.quantityUnit != null)
				? new Quantity(this.remainingValue, this.quantityUnit) : null;
	}

	String getParameters() {
		return this.parameters;
	}

	@Nullable Long getProducedByStepId() {
		return this.producedByStepId;
	}

	@Nullable String getProducedByStepType() {
		return this.producedByStepType;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	long getVersion() {
		return this.version;
	}

}
