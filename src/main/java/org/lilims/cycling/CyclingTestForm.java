package org.lilims.cycling;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingRequests.NewCyclingTest;
import org.lilims.cycling.CyclingRequests.ProtocolRequest;

/**
 * Backing object of the "plan a cycling test" form on a cell's page.
 */
public class CyclingTestForm {

	private @Nullable String cycler = "MACCOR Series 4000";

	private @Nullable String channel;

	private String protocolType = ProtocolType.SYMMETRIC_PLATING_STRIPPING.name();

	private @Nullable BigDecimal currentDensityMaPerCm2;

	private @Nullable BigDecimal arealCapacityMahPerCm2;

	private @Nullable BigDecimal cutoffVoltageV;

	private @Nullable BigDecimal lowerVoltageV;

	private @Nullable BigDecimal upperVoltageV;

	private @Nullable BigDecimal cRate;

	private @Nullable BigDecimal oneCSpecificCurrentMaPerG;

	private @Nullable BigDecimal restMin;

	private @Nullable BigDecimal temperatureC = new BigDecimal("25");

	private @Nullable Integer plannedCycles;

	private @Nullable String notes;

	NewCyclingTest toRequest() {
		boolean symmetric = ProtocolType.SYMMETRIC_PLATING_STRIPPING.name().equals(this.protocolType);
		ProtocolRequest protocol = symmetric
				? new ProtocolRequest(this.protocolType, this.currentDensityMaPerCm2, this.arealCapacityMahPerCm2,
						this.cutoffVoltageV, null, null, null, null, null, null, null)
				: new ProtocolRequest(this.protocolType, null, null, null, this.lowerVoltageV, this.upperVoltageV,
						this.cRate, this.oneCSpecificCurrentMaPerG, null, this.restMin, null);
		return new NewCyclingTest(this.cycler, this.channel, protocol, this.temperatureC, this.plannedCycles,
				this.notes);
	}

	public @Nullable String getCycler() {
		return this.cycler;
	}

	public void setCycler(@Nullable String cycler) {
		this.cycler = cycler;
	}

	public @Nullable String getChannel() {
		return this.channel;
	}

	public void setChannel(@Nullable String channel) {
		this.channel = channel;
	}

	public String getProtocolType() {
		return this.protocolType;
	}

	public void setProtocolType(String protocolType) {
		this.protocolType = protocolType;
	}

	public @Nullable BigDecimal getCurrentDensityMaPerCm2() {
		return this.currentDensityMaPerCm2;
	}

	public void setCurrentDensityMaPerCm2(@Nullable BigDecimal value) {
		this.currentDensityMaPerCm2 = value;
	}

	public @Nullable BigDecimal getArealCapacityMahPerCm2() {
		return this.arealCapacityMahPerCm2;
	}

	public void setArealCapacityMahPerCm2(@Nullable BigDecimal value) {
		this.arealCapacityMahPerCm2 = value;
	}

	public @Nullable BigDecimal getCutoffVoltageV() {
		return this.cutoffVoltageV;
	}

	public void setCutoffVoltageV(@Nullable BigDecimal value) {
		this.cutoffVoltageV = value;
	}

	public @Nullable BigDecimal getLowerVoltageV() {
		return this.lowerVoltageV;
	}

	public void setLowerVoltageV(@Nullable BigDecimal value) {
		this.lowerVoltageV = value;
	}

	public @Nullable BigDecimal getUpperVoltageV() {
		return this.upperVoltageV;
	}

	public void setUpperVoltageV(@Nullable BigDecimal value) {
		this.upperVoltageV = value;
	}

	public @Nullable BigDecimal getCRate() {
		return this.cRate;
	}

	public void setCRate(@Nullable BigDecimal value) {
		this.cRate = value;
	}

	public @Nullable BigDecimal getOneCSpecificCurrentMaPerG() {
		return this.oneCSpecificCurrentMaPerG;
	}

	public void setOneCSpecificCurrentMaPerG(@Nullable BigDecimal value) {
		this.oneCSpecificCurrentMaPerG = value;
	}

	public @Nullable BigDecimal getRestMin() {
		return this.restMin;
	}

	public void setRestMin(@Nullable BigDecimal value) {
		this.restMin = value;
	}

	public @Nullable BigDecimal getTemperatureC() {
		return this.temperatureC;
	}

	public void setTemperatureC(@Nullable BigDecimal value) {
		this.temperatureC = value;
	}

	public @Nullable Integer getPlannedCycles() {
		return this.plannedCycles;
	}

	public void setPlannedCycles(@Nullable Integer plannedCycles) {
		this.plannedCycles = plannedCycles;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

}
