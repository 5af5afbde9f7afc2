package org.lilims;

import java.util.Arrays;

import org.lilims.instrument.ParseCommand;

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
		if (args.length > 0 && args[0].equals("parse")) {
			// command-line use: no Spring context, no database
			System.exit(ParseCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication.run(LiLimsApplication.class, args);
	}

}
