package org.lilims;

import java.util.Arrays;

import org.lilims.instrument.ParseCommand;
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
		// the command-line tools run without server, database or Spring
		if (args.length > 0 && args[0].equals("parse")) {
			System.exit(ParseCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals("agent")) {
			System.exit(WatchFolderAgent.run(Arrays.asList(args).subList(1, args.length)));
		}
		if (args.length > 0 && args[0].equals("demo")) {
			// the server, plus the coating-study replay loaded once it is up
			String[] rest = Arrays.copyOfRange(args, 1, args.length);
			String[] withDemo = Arrays.copyOf(new String[] { "--lilims.demo.load=true" }, rest.length + 1);
			System.arraycopy(rest, 0, withDemo, 1, rest.length);
			SpringApplication.run(LiLimsApplication.class, withDemo);
			return;
		}
		SpringApplication.run(LiLimsApplication.class, args);
	}

}
