package org.lilims.security;

/**
 * What a user may do. {@code ADMIN} includes {@code PI}, which includes {@code LAB_MEMBER}; {@code AUDITOR} reads
 * everything and changes nothing; {@code INSTRUMENT} accounts are machines that use the gateway API only.
 */
public enum Role {

	/** Records samples, steps and measurements in their projects. */
	LAB_MEMBER("Lab member"),

	/** Principal investigator: everything a lab member does, plus reviewing the groups' projects. */
	PI("PI"),

	/** Reads everything, changes nothing. */
	AUDITOR("Auditor"),

	/** Manages accounts and system settings; includes every PI right. */
	ADMIN("Administrator"),

	/** Machine account of an instrument agent: hardware gateway API only, no browser sign-in. */
	INSTRUMENT("Instrument");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
