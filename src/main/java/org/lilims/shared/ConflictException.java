package org.lilims.shared;

/**
 * The request clashes with the current state, e.g. a name already taken or a concurrent edit (HTTP 409).
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
