package org.lilims.cycling;

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
import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingProtocol.FullCellGalvanostatic;
import org.lilims.cycling.CyclingProtocol.SymmetricPlatingStripping;
import org.lilims.shared.InvalidInputException;

/**
 * A cell on a cycler channel under a protocol. Guards its life: only the transitions of {@link CyclingTestStatus},
 * with start and end times, and no abort without a reason.
 */
@Entity
@Table(schema = "cycling", name = "cycling_test")
class CyclingTest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "cell_code", nullable = false, updatable = false, length = 32)
	private String cellCode;

	@Column(nullable = false, updatable = false, length = 100)
	private String cycler;

	@Column(nullable = false, updatable = false, length = 32)
	private String channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "protocol_type", nullable = false, updatable = false, length = 40)
	private ProtocolType protocolType;

	@Column(name = "current_density_ma_per_cm2", updatable = false)
	private @Nullable BigDecimal currentDensityMaPerCm2;

	@Column(name = "areal_capacity_mah_per_cm2", updatable = false)
	private @Nullable BigDecimal arealCapacityMahPerCm2;

	@Column(name = "cutoff_voltage_v", updatable = false)
	private @Nullable BigDecimal cutoffVoltageV;

	@Column(name = "lower_voltage_v", updatable = false)
	private @Nullable BigDecimal lowerVoltageV;

	@Column(name = "upper_voltage_v", updatable = false)
	private @Nullable BigDecimal upperVoltageV;

	@Column(name = "c_rate", updatable = false)
	private @Nullable BigDecimal cRate;

	@Column(name = "one_c_specific_current_ma_per_g", updatable = false)
	private @Nullable BigDecimal oneCSpecificCurrentMaPerG;

	@Column(name = "one_c_capacity_mah", updatable = false)
	private @Nullable BigDecimal oneCCapacityMah;

	@Column(name = "rest_min", updatable = false)
	private @Nullable BigDecimal restMin;

	@Column(name = "formation_cycles", updatable = false)
	private @Nullable Integer formationCycles;

	@Column(name = "temperature_c", nullable = false, updatable = false)
	private BigDecimal temperatureC;

	@Column(name = "planned_cycles", updatable = false)
	private @Nullable Integer plannedCycles;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CyclingTestStatus status = CyclingTestStatus.PLANNED;

	@Column(name = "started_at")
	private @Nullable Instant startedAt;

	@Column(name = "finished_at")
	private @Nullable Instant finishedAt;

	@Column(name = "abort_reason")
	private @Nullable String abortReason;

	private @Nullable String notes;

	@Column(name = "created_by", nullable = false, updatable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected CyclingTest() {
		this.cellCode = "";
		this.cycler = "";
		this.channel = "";
		this.protocolType = ProtocolType.SYMMETRIC_PLATING_STRIPPING;
		this.temperatureC = BigDecimal.ZERO;
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	CyclingTest(String cellCode, String cycler, String channel, CyclingProtocol protocol, BigDecimal temperatureC,
			@Nullable Integer plannedCycles, @Nullable String notes, String createdBy, Instant now) {
		this.cellCode = cellCode;
		this.cycler = cycler;
		this.channel = channel;
		this.protocolType = protocol.type();
		if (protocol instanceof SymmetricPlatingStripping symmetric) {
			this.currentDensityMaPerCm2 = symmetric.currentDensityMaPerCm2();
			this.arealCapacityMahPerCm2 = symmetric.arealCapacityMahPerCm2();
			this.cutoffVoltageV = symmetric.cutoffVoltageV();
		}
		else if (protocol instanceof FullCellGalvanostatic full) {
			this.lowerVoltageV = full.lowerVoltageV();
			this.upperVoltageV = full.upperVoltageV();
			this.cRate = full.cRate();
			this.oneCSpecificCurrentMaPerG = full.oneCSpecificCurrentMaPerG();
			this.oneCCapacityMah = full.oneCCapacityMah();
			this.restMin = full.restMin();
			this.formationCycles = full.formationCycles();
		}
		this.temperatureC = temperatureC;
		this.plannedCycles = plannedCycles;
		this.notes = notes;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Move to {@code next}, stamping the start or end time.
	 * @throws InvalidInputException on a transition the life cycle does not allow, or an abort without reason
	 */
	void changeStatus(CyclingTestStatus next, @Nullable String reason, Instant now) {
		if (!this.status.canBecome(next)) {
			throw new InvalidInputException("status", "cycling test " + this.id + " is " + this.status
					+ " and cannot become " + next + "; allowed: "
					+ (this.status.next().isEmpty() ? "none (" + this.status + " is final)" : this.status.next()));
		}
		if (next == CyclingTestStatus.ABORTED && reason == null) {
			throw new InvalidInputException("reason", "is required to abort a cycling test");
		}
		if (next == CyclingTestStatus.RUNNING) {
			this.startedAt = now;
		}
		else if (next == CyclingTestStatus.FINISHED || next == CyclingTestStatus.ABORTED) {
			this.finishedAt = now;
		}
		if (next == CyclingTestStatus.ABORTED) {
			this.abortReason = reason;
		}
		this.status = next;
		this.updatedAt = now;
	}

	void describe(@Nullable String notes, Instant now) {
		this.notes = notes;
		this.updatedAt = now;
	}

	CyclingProtocol protocol() {
		return switch (this.protocolType) {
			case SYMMETRIC_PLATING_STRIPPING -> new SymmetricPlatingStripping(required(this.currentDensityMaPerCm2),
					required(this.arealCapacityMahPerCm2), required(this.cutoffVoltageV));
			case FULL_CELL_GALVANOSTATIC -> new FullCellGalvanostatic(required(this.lowerVoltageV),
					required(this.upperVoltageV), required(this.cRate), this.oneCSpecificCurrentMaPerG,
					this.oneCCapacityMah, this.restMin, this.formationCycles);
		};
	}

	private static BigDecimal required(@Nullable BigDecimal value) {
		if (value == null) {
			throw new IllegalStateException("Protocol column missing; the table's check constraint should prevent this");
		}
		return value;
	}

	/** The values the audit trail compares. */
	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("cellCode", this.cellCode);
		values.put("cycler", this.cycler);
		values.put("channel", this.channel);
		values.put("protocol", protocol().toString());
		values.put("temperatureC", this.temperatureC.toPlainString());
		values.put("status", this.status.name());
		putIfPresent(values, "plannedCycles", this.plannedCycles);
		putIfPresent(values, "startedAt", this.startedAt);
		putIfPresent(values, "finishedAt", this.finishedAt);
		putIfPresent(values, "abortReason", this.abortReason);
		putIfPresent(values, "notes", this.notes);
		return values;
	}

	private static void putIfPresent(Map<String, Object> values, String key, @Nullable Object value) {
		if (value != null) {
			values.put(key, value.toString());
		}
	}

	CyclingTestView view() {
		return new CyclingTestView(id(), this.cellCode, this.cycler, this.channel, protocol(), this.temperatureC,
				this.plannedCycles, this.status, this.startedAt, this.finishedAt, this.abortReason, this.notes,
				this.createdBy, this.createdAt, this.version);
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("Cycling test not saved yet");
		}
		return this.id;
	}

	String getCellCode() {
		return this.cellCode;
	}

	String getCycler() {
		return this.cycler;
	}

	String getChannel() {
		return this.channel;
	}

	CyclingTestStatus getStatus() {
		return this.status;
	}

	@Nullable String getNotes() {
		return this.notes;
	}

	long getVersion() {
		return this.version;
	}

}
