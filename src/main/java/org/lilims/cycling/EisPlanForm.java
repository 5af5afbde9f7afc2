package org.lilims.cycling;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingRequests.NewEisPlan;

/**
 * Backing object of the "plan EIS measurements" form on a cell's page.
 */
public class EisPlanForm {

	private @Nullable String potentiostat = "BioLogic VMP-300";

	private @Nullable String channel;

	private @Nullable BigDecimal highFrequencyHz = new BigDecimal("100000");

	private @Nullable BigDecimal lowFrequencyHz = new BigDecimal("0.1");

	private @Nullable BigDecimal amplitudeMv = new BigDecimal("10");

	private @Nullable Integer pointsPerDecade = 10;

	private @Nullable String schedule = "1-10, 15-50/5";

	private @Nullable Long cyclingTestId;

	private @Nullable String notes;

	NewEisPlan toRequest() {
		return new NewEisPlan(this.potentiostat, this.channel, this.highFrequencyHz, this.lowFrequencyHz,
				this.amplitudeMv, this.pointsPerDecade, ScheduleText.parse(this.schedule, "schedule"), this.cyclingTestId,
				this.notes);
	}

	public @Nullable String getPotentiostat() {
		return this.potentiostat;
	}

	public void setPotentiostat(@Nullable String potentiostat) {
		this.potentiostat = potentiostat;
	}

	public @Nullable String getChannel() {
		return this.channel;
	}

	public void setChannel(@Nullable String channel) {
		this.channel = channel;
	}

	public @Nullable BigDecimal getHighFrequencyHz() {
		return this.highFrequencyHz;
	}

	public void setHighFrequencyHz(@Nullable BigDecimal value) {
		this.highFrequencyHz = value;
	}

	public @Nullable BigDecimal getLowFrequencyHz() {
		return this.lowFrequencyHz;
	}

	public void setLowFrequencyHz(@Nullable BigDecimal value) {
		this.lowFrequencyHz = value;
	}

	public @Nullable BigDecimal getAmplitudeMv() {
		return this.amplitudeMv;
	}

	public void setAmplitudeMv(@Nullable BigDecimal value) {
		this.amplitudeMv = value;
	}

	public @Nullable Integer getPointsPerDecade() {
		return this.pointsPerDecade;
	}

	public void setPointsPerDecade(@Nullable Integer value) {
		this.pointsPerDecade = value;
	}

	public @Nullable String getSchedule() {
		return this.schedule;
	}

	public void setSchedule(@Nullable String schedule) {
		this.schedule = schedule;
	}

	public @Nullable Long getCyclingTestId() {
		return this.cyclingTestId;
	}

	public void setCyclingTestId(@Nullable Long cyclingTestId) {
		this.cyclingTestId = cyclingTestId;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

}
