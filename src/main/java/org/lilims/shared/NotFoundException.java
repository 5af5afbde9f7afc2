package org.lilims.shared;

/**
 * A record that the caller named does not exist (HTTP 404 on the API, a not-found page in the browser).
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
