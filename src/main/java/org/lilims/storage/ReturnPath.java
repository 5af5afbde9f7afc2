package org.lilims.storage;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Where a browser form sends the user back to: only paths inside LiLIMS, so that the redirect cannot be abused to
 * send users to another site.
 */
final class ReturnPath {

	static final String HOME = "/";

	private ReturnPath() {
	}

	static String orHome(@Nullable String path) {
		boolean local = path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
				&& path.chars().noneMatch(Character::isISOControl);
		return local ? path : HOME;
	}

	/** The path and query of the page htmx loaded the fragment from ({@code HX-Current-URL}), else home. */
	static String ofPage(@Nullable String pageUrl) {
		if (pageUrl == null) {
			return HOME;
		}
		try {
			URI uri = URI.create(pageUrl);
			String path = uri.getRawPath();
			return orHome((path == null || path.isEmpty()) ? HOME
					: path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : ""));
		}
		catch (IllegalArgumentException ex) {
			return HOME;
		}
	}

}
