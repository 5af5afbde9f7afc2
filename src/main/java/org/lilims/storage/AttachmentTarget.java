package org.lilims.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;

/**
 * The record a file is attached to, named by the attaching module; storage does not check that it exists.
 *
 * @param type kind of record, lower case, e.g. {@code sample} or {@code step}; also the audit trail's entity type
 * @param id its identifier, e.g. {@code CC-0001} or {@code 42}
 */
public record AttachmentTarget(String type, String id) {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

	private static final int MAX_ID_LENGTH = 64;

	public AttachmentTarget {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		if (!TYPE.matcher(type).matches()) {
			problems.add(new InvalidInputException.FieldProblem("targetType",
					"must be 1 to 32 lower-case letters, digits, '-' or '_', starting with a letter"));
		}
		if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
			problems.add(new InvalidInputException.FieldProblem("targetId",
					"must be 1 to " + MAX_ID_LENGTH + " characters"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	public static AttachmentTarget sample(String code) {
		return new AttachmentTarget("sample", code);
	}

	/**
	 * The target named by two optional request fields: none when both are blank.
	 * @throws InvalidInputException if only one is given or one is malformed
	 */
	public static @Nullable AttachmentTarget ofOptional(@Nullable String type, @Nullable String id) {
		boolean noType = type == null || type.isBlank();
		boolean noId = id == null || id.isBlank();
		if (noType && noId) {
			return null;
		}
		if (noType || noId) {
			throw new InvalidInputException(noType ? "targetType" : "targetId", "is needed together with "
					+ (noType ? "targetId" : "targetType"));
		}
		return new AttachmentTarget(type.trim(), id.trim());
	}

}
