package org.lilims.security;

import org.jspecify.annotations.Nullable;

/**
 * Backing object of the admin's "connect an instrument" form.
 */
class ConnectInstrumentForm {

	private @Nullable String instrumentId;

	private @Nullable String username;

	private @Nullable String name = "watch-folder agent";

	private @Nullable Integer expiresInDays;

	InstrumentConnections.ConnectInstrument toCommand() {
		return new InstrumentConnections.ConnectInstrument(this.instrumentId, this.username, this.name,
				this.expiresInDays);
	}

	public @Nullable String getInstrumentId() {
		return this.instrumentId;
	}

	public void setInstrumentId(@Nullable String instrumentId) {
		this.instrumentId = instrumentId;
	}

	public @Nullable String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable Integer getExpiresInDays() {
		return this.expiresInDays;
	}

	public void setExpiresInDays(@Nullable Integer expiresInDays) {
		this.expiresInDays = expiresInDays;
	}

}
