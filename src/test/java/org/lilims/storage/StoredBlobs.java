package org.lilims.storage;

import org.springframework.context.ApplicationContext;

/**
 * Lets tests of other modules look into the running application's blob store, whichever backend it uses.
 */
public final class StoredBlobs {

	private StoredBlobs() {
	}

	/** Whether content with this SHA-256 (lower-case hex) is kept. */
	public static boolean isKept(ApplicationContext context, String sha256) {
		return context.getBean(BlobStore.class).read(sha256).exists();
	}

}
