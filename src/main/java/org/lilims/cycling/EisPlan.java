package org.lilims.cycling;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * Which impedance spectra to take of a cell, on which potentiostat channel, and after which cycles.
 */
@Entity
@Table(schema = "cycling", name = "eis_plan")
class EisPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "cell_code", nullable = false, updatable = false, length = 32)
	private String cellCode;

	@Column(name = "cycling_test_id", updatable = false)
	private @Nullable Long cyclingTestId;

	@Column(nullable = false, updatable = false, length = 100)
	private String potentiostat;

	@Column(nullable = false, updatable = false, length = 32)
	private String channel;

	@Column(name = "high_frequency_hz", nullable = false, updatable = false)
	private BigDecimal highFrequencyHz;

	@Column(name = "low_frequency_hz", nullable = false, updatable = false)
	private BigDecimal lowFrequencyHz;

	@Column(name = "amplitude_mv", nullable = false, updatable = false)
	private BigDecimal amplitudeMv;

	@Column(name = "points_per_decade", nullable = false, updatable = false)
	private int pointsPerDecade;

	/** The schedule rules as JSON; see {@link EisSchedule}. */
	@JdbcTypeCode(SqlTypes.JSON)
	@Column(nullable = false, updatable = false, columnDefinition = "jsonb")
	private String schedule;

	private @Nullable String notes;

	@Column(name = "created_by", nullable = false, updatable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected EisPlan() {
		this.cellCode = "";
		this.potentiostat = "";
		this.channel = "";
		this.highFrequencyHz = BigDecimal.ONE;
		this.lowFrequencyHz = BigDecimal.ONE;
		this.amplitudeMv = BigDecimal.ONE;
		this.schedule = "[]";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	EisPlan(String cellCode, @Nullable Long cyclingTestId, String potentiostat, String channel, Sweep sweep,
			String scheduleJson, @Nullable String notes, String createdBy, Instant now) {
		this.cellCode = cellCode;
		this.cyclingTestId = cyclingTestId;
		this.potentiostat = potentiostat;
		this.channel = channel;
		this.highFrequencyHz = sweep.highFrequencyHz();
		this.lowFrequencyHz = sweep.lowFrequencyHz();
		this.amplitudeMv = sweep.amplitudeMv();
		this.pointsPerDecade = sweep.pointsPerDecade();
		this.schedule = scheduleJson;
		this.notes = notes;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	EisPlanView view(EisSchedule schedule) {
		return new EisPlanView(id(), this.cellCode, this.cyclingTestId, this.potentiostat, this.channel,
				this.highFrequencyHz, this.lowFrequencyHz, this.amplitudeMv, this.pointsPerDecade, schedule.rules(),
				schedule.cycles(), this.notes, this.createdBy, this.createdAt, this.version);
	}

	/** The values the audit trail records. */
	Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("cellCode", this.cellCode);
		if (this.cyclingTestId != null) {
			values.put("cyclingTestId", this.cyclingTestId);
		}
		values.put("potentiostat", this.potentiostat);
		values.put("channel", this.channel);
		values.put("highFrequencyHz", this.highFrequencyHz.toPlainString());
		values.put("lowFrequencyHz", this.lowFrequencyHz.toPlainString());
		values.put("amplitudeMv", this.amplitudeMv.toPlainString());
		values.put("pointsPerDecade", this.pointsPerDecade);
		values.put("schedule", this.schedule);
		if (this.notes != null) {
			values.put("notes", this.notes);
		}
		return values;
	}

	long id() {
		if (this.id == null) {
			throw new IllegalStateException("EIS plan not saved yet");
		}
		return this.id;
	}

	String getSchedule() {
		return this.schedule;
	}

	/**
	 * The frequency sweep of a plan.
	 *
	 * @param highFrequencyHz start of the sweep in Hz
	 * @param lowFrequencyHz end of the sweep in Hz, below the start
	 * @param amplitudeMv potentiostatic excitation amplitude in mV
	 * @param pointsPerDecade frequencies measured per decade
	 */
	record Sweep(BigDecimal highFrequencyHz, BigDecimal lowFrequencyHz, BigDecimal amplitudeMv, int pointsPerDecade) {

		Sweep {
			if (lowFrequencyHz.signum() <= 0 || highFrequencyHz.compareTo(lowFrequencyHz) <= 0
					|| amplitudeMv.signum() <= 0 || pointsPerDecade < 1) {
				throw new IllegalArgumentException("Invalid EIS sweep " + highFrequencyHz + "–" + lowFrequencyHz
						+ " Hz, " + amplitudeMv + " mV, " + pointsPerDecade + " points per decade");
			}
		}

	}

}
