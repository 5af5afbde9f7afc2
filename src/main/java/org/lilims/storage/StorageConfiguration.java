package org.lilims.storage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	BlobStore localBlobStore(StorageProperties properties) {
		return new LocalBlobStore(properties.localDir());
	}

}
