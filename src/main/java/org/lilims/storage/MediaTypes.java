package org.lilims.storage;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.MediaTypeFactory;

/**
 * Decides a stored file's media type: recognised from its first bytes where the format has a signature, else as
 * the client declared it, else from the file name's extension.
 */
final class MediaTypes {

	static final String PNG = "image/png";

	static final String JPEG = "image/jpeg";

	static final String TIFF = "image/tiff";

	static final String OCTET_STREAM = "application/octet-stream";

	/** Types only the content's signature may claim, so that a renamed file is never previewed as an image. */
	private static final Set<String> SIGNED = Set.of(PNG, JPEG, TIFF, "image/gif", "application/pdf");

	private MediaTypes() {
	}

	static String decide(byte[] head, FileMeta meta) {
		return sniff(head).or(() -> Optional.ofNullable(meta.declaredMediaType()).filter(MediaTypes::unsigned))
			.or(() -> MediaTypeFactory.getMediaType(meta.originalName()).map(Object::toString).filter(MediaTypes::unsigned))
			.orElse(OCTET_STREAM);
	}

	static Optional<String> sniff(byte[] head) {
		if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 'I', 'I', 0x2A, 0x00) || startsWith(head, 'M', 'M', 0x00, 0x2A)) {
			return Optional.of(TIFF);
		}
		if (startsWith(head, 'G', 'I', 'F', '8')) {
			return Optional.of("image/gif");
		}
		if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		return Optional.empty();
	}

	private static boolean unsigned(String mediaType) {
		return !mediaType.equalsIgnoreCase(OCTET_STREAM) && !SIGNED.contains(mediaType.toLowerCase());
	}

	private static boolean startsWith(byte[] head, int... signature) {
		if (head.length < signature.length) {
			return false;
		}
		int[] actual = new int[signature.length];
		Arrays.setAll(actual, i -> head[i] & 0xFF);
		return Arrays.equals(actual, signature);
	}

}
