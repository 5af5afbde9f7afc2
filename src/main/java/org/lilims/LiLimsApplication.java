package org.lilims;

import org.lilims.instrument.agent.WatchFolderAgent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * LiLIMS: laboratory information management for lithium-metal battery research.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LiLimsApplication {

	public static void main(String[] args) {
		if (args.length > 0 && "agent".equals(args[0])) {
			// the watch-folder agent runs on instrument PCs without server, database or Spring
			System.exit(WatchFolderAgent.run(java.util.Arrays.asList(args).subList(1, args.length)));
		}
		SpringApplication.run(LiLimsApplication.class, args);
	}

}
