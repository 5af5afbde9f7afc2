package org.lilims.storage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;

/**
 * What kind of file an attachment is.
 */
public enum AttachmentCategory {

	SEM_IMAGE("SEM image"), EDX_MAP("EDX map"), TOF_SIMS("ToF-SIMS"), RAMAN("Raman"),
	INSTRUMENT_DATA("Instrument data"), DOCUMENT("Document"), OTHER("Other");

	private final String label;

	AttachmentCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * The category a request names (case-insensitive); {@link #OTHER} when it names none.
	 * @throws InvalidInputException (field {@code category}) for an unknown name
	 */
	public static AttachmentCategory parse(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return OTHER;
		}
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("category", "must be one of "
					+ Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
		}
	}

}
