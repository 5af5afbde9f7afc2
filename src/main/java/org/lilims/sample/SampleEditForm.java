package org.lilims.sample;

import org.jspecify.annotations.Nullable;

/**
 * The edit form of a sample page; {@code version} is the optimistic-lock version the user's change is based on.
 */
class SampleEditForm {

	private @Nullable String name;

	private @Nullable String location;

	private @Nullable String notes;

	private @Nullable SampleStatus status;

	private @Nullable String reason;

	private @Nullable Long version;

	static SampleEditForm of(SampleView sample) {
		SampleEditForm form = new SampleEditForm();
		form.name = sample.name();
		form.location = sample.location();
		form.notes = sample.notes();
		form.status = sample.status();
		form.version = sample.version();
		return form;
	}

	SampleUpdate toUpdate() {
		return new SampleUpdate(blankToEmpty(this.name), blankToEmpty(this.location), blankToEmpty(this.notes),
				this.status, this.reason, this.version);
	}

	/** An emptied field clears the value (the service reads {@code null} as "leave as it is"). */
	private static String blankToEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getLocation() {
		return this.location;
	}

	public void setLocation(@Nullable String location) {
		this.location = location;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public void setNotes(@Nullable String notes) {
		this.notes = notes;
	}

	public @Nullable SampleStatus getStatus() {
		return this.status;
	}

	public void setStatus(@Nullable SampleStatus status) {
		this.status = status;
	}

	public @Nullable String getReason() {
		return this.reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

}
