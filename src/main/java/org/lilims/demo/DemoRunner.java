package org.lilims.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.lilims.simulator.CoatingStudyScenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar lilims.jar demo}: once the application is up, loads the coating-study replay in the background
 * (as the administrator), unless this installation has loaded it before. The server is usable meanwhile; the analysis
 * catches up as the files arrive.
 */
@Component
class DemoRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

	private final DemoLoader loader;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean load;

	private final String admin;

	DemoRunner(DemoLoader loader, JdbcClient jdbc, Clock clock, @Value("${lilims.demo.load:false}") boolean load,
			@Value("${lilims.security.admin-username:admin}") String admin) {
		this.loader = loader;
		this.jdbc = jdbc;
		this.clock = clock;
		this.load = load;
		this.admin = admin;
	}

	@EventListener(ApplicationReadyEvent.class)
	void loadWhenAsked() {
		if (this.load) {
			loadInBackground();
		}
	}

	/** Starts loading the demo (unless it was loaded before) and returns at once. */
	void loadInBackground() {
		Thread thread = new Thread(this::loadOnce, "demo-loader");
		thread.setDaemon(true);
		thread.start();
	}

	boolean loaded() {
		return this.jdbc.sql("select count(*) from demo.loaded").query(Long.class).single() > 0;
	}

	/** Loads the scenario unless it was loaded before; returns whether it loaded it now. */
	boolean loadOnce() {
		CoatingStudyScenario scenario = CoatingStudyScenario.create();
		String name = scenario.projectCode();
		boolean loaded = this.jdbc.sql("select count(*) from demo.loaded where scenario = :name")
			.param("name", name)
			.query(Long.class)
			.single() > 0;
		if (loaded) {
			log.info("Demo {} was loaded before; nothing to do", name);
			return false;
		}
		log.info("Loading the demo: {} ({})", scenario.projectTitle(), CoatingStudyScenario.SIMULATED_LABEL);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(this.admin, null,
					List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		try {
			Map<String, String> codes;
			try {
				codes = this.loader.load(scenario, cell -> true);
			}
			catch (RuntimeException ex) {
				log.error("Loading the demo failed part-way; what was loaded stays", ex);
				return false;
			}
			this.jdbc.sql("insert into demo.loaded (scenario, seed, loaded_by, loaded_at) values (:name, :seed, :by, :at)")
				.param("name", name)
				.param("seed", scenario.seed())
				.param("by", this.admin)
				.param("at", Timestamp.from(this.clock.instant()))
				.update();
			log.info("Demo loaded: {} records; the analysis is computing the metrics now", codes.size());
			return true;
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
