package org.lilims.instrument;

/**
 * A file that cannot be parsed, with the 1-based line number where parsing stopped and the reason.
 */
public class ParseException extends RuntimeException {

	private final long lineNumber;

	private final String reason;

	public ParseException(long lineNumber, String reason) {
		super("line " + lineNumber + ": " + reason);
		this.lineNumber = lineNumber;
		this.reason = reason;
	}

	public long lineNumber() {
		return this.lineNumber;
	}

	public String reason() {
		return this.reason;
	}

}
