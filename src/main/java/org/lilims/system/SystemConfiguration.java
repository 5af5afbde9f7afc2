package org.lilims.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	/** One clock for all modules, so that tests can fix the time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
