package org.lilims.analysis.eis;

/**
 * A circuit string that cannot be read, with the 1-based position of the problem.
 */
public class CircuitNotationException extends IllegalArgumentException {

	private final String notation;

	private final int position;

	CircuitNotationException(String notation, int position, String problem) {
		super(problem + " at position " + position + " of \"" + notation + "\"");
		this.notation = notation;
		this.position = position;
	}

	public String notation() {
		return this.notation;
	}

	/** 1-based position of the offending character in the notation. */
	public int position() {
		return this.position;
	}

}
