package org.lilims.storage;

import org.jspecify.annotations.Nullable;

/**
 * What the uploader says about a file: its name and, if known, its media type.
 *
 * @param originalName file name as uploaded; directories are dropped, blank becomes {@code unnamed}
 * @param declaredMediaType media type the client declared; used when the content itself does not tell
 */
public record FileMeta(String originalName, @Nullable String declaredMediaType) {

	static final int MAX_NAME_LENGTH = 255;

	public FileMeta(@Nullable String originalName, @Nullable String declaredMediaType) {
		this.originalName = cleanName(originalName);
		this.declaredMediaType = (declaredMediaType == null || declaredMediaType.isBlank()) ? null
				: declaredMediaType.trim();
	}

	private static String cleanName(@Nullable String name) {
		if (name == null) {
			return "unnamed";
		}
		// some clients send the full client-side path
		String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String printable = base.replaceAll("\\p{Cntrl}", "").strip();
		if (printable.isEmpty() || printable.equals(".") || printable.equals("..")) {
			return "unnamed";
		}
		return (printable.length() > MAX_NAME_LENGTH) ? printable.substring(0, MAX_NAME_LENGTH) : printable;
	}

}
