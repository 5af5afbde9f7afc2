package org.lilims.storage;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where LiLIMS keeps files.
 *
 * @param backend {@code local} (a directory) or {@code s3} (an S3-compatible bucket)
 * @param localDir directory of the local file store, laid out by hash prefix ({@code ab/cd/abcd...}); default
 * {@code <LIMS_DATA_DIR>/files}. With S3 it holds uploads while they are hashed.
 * @param s3 the bucket, with backend {@code s3}
 */
@ConfigurationProperties("lilims.storage")
record StorageProperties(@DefaultValue("local") String backend, @DefaultValue("./data/files") Path localDir,
		@DefaultValue S3 s3) {

	/**
	 * An S3-compatible bucket.
	 *
	 * @param endpoint URL of the S3 API, e.g. {@code http://objectstore:9000}; empty for AWS itself
	 * @param region region of the bucket
	 * @param bucket bucket name; created if missing
	 * @param accessKey access key id; empty for the default AWS credential chain
	 * @param secretKey secret access key
	 */
	record S3(@Nullable String endpoint, @DefaultValue("us-east-1") String region,
			@DefaultValue("lilims-files") String bucket, @Nullable String accessKey, @Nullable String secretKey) {
	}

}
