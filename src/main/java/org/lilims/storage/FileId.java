package org.lilims.storage;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;
import org.lilims.shared.NotFoundException;

/**
 * Identifier of a stored file.
 *
 * @param value random UUID, so that file addresses cannot be guessed from one another
 */
public record FileId(@JsonValue UUID value) {

	static FileId random() {
		return new FileId(UUID.randomUUID());
	}

	/**
	 * The file named in a URL or request.
	 * @throws NotFoundException if the text is not a file identifier at all
	 */
	public static FileId parse(String text) {
		try {
			return new FileId(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("No file with id " + text);
		}
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
