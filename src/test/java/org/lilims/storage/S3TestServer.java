package org.lilims.storage;

import org.gaul.s3proxy.junit.S3ProxyJunitCore;

/**
 * A real S3 API server (S3Proxy over an in-memory blob store) on a free port of this machine, started once per test
 * JVM and stopped with it.
 */
final class S3TestServer {

	static final String ACCESS_KEY = "lilims-test";

	static final String SECRET_KEY = "lilims-test-secret";

	private static S3ProxyJunitCore server;

	private S3TestServer() {
	}

	static synchronized String endpoint() throws Exception {
		if (server == null) {
			server = new S3ProxyJunitCore.Builder().withCredentials(ACCESS_KEY, SECRET_KEY)
				.withBlobStoreProvider("transient")
				.build();
			server.beforeEach();
		}
		String uri = server.getUri().toString();
		return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
	}

	static StorageProperties.S3 settings(String bucket) throws Exception {
		return new StorageProperties.S3(endpoint(), "us-east-1", bucket, ACCESS_KEY, SECRET_KEY);
	}

}
