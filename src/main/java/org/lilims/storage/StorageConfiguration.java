package org.lilims.storage;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	BlobStore blobStore(StorageProperties properties) {
		return switch (properties.backend().trim().toLowerCase(java.util.Locale.ROOT)) {
			case "local" -> new LocalBlobStore(properties.localDir());
			case "s3" -> new S3BlobStore(s3Client(properties.s3()), properties.s3().bucket(), properties.localDir())
				.ensureBucket();
			default -> throw new IllegalStateException(
					"lilims.storage.backend (LIMS_STORAGE_BACKEND) must be local or s3, not " + properties.backend());
		};
	}

	static S3Client s3Client(StorageProperties.S3 settings) {
		S3ClientBuilder builder = S3Client.builder().region(Region.of(settings.region()));
		if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
			// MinIO, SeaweedFS and the like serve buckets as paths, not as host names
			builder.endpointOverride(URI.create(settings.endpoint())).forcePathStyle(true);
		}
		if (settings.accessKey() != null && !settings.accessKey().isBlank()) {
			builder.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())));
		}
		else {
			builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
		}
		return builder.build();
	}

}
