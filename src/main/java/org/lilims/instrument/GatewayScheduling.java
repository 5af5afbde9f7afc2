package org.lilims.instrument;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs {@link PendingFiles} on every node.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class GatewayScheduling {

}
