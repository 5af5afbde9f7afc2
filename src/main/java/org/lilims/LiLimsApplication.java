package org.lilims;

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
		SpringApplication.run(LiLimsApplication.class, args);
	}

}
