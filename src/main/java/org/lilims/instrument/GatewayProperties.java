package org.lilims.instrument;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the gateway processes what it receives.
 *
 * @param inlineParseMax files up to this size are parsed while the sender waits, so its answer already says PARSED,
 * LINKED or FAILED; larger files are answered RECEIVED at once and parsed in the background
 * @param pendingScanInterval how often each node looks for received files that nobody is parsing
 * @param processingLease how long a node may take over one file before another node may take it over (the first
 * one having died)
 * @param maxAttempts how often a file is taken up before it is marked FAILED (a file that kills the process that
 * parses it must not do so forever)
 */
@ConfigurationProperties("lilims.gateway")
record GatewayProperties(@DefaultValue("64MB") DataSize inlineParseMax,
		@DefaultValue("2s") Duration pendingScanInterval, @DefaultValue("10m") Duration processingLease,
		@DefaultValue("3") int maxAttempts) {
}
