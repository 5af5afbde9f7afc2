package org.lilims.sample;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out codes such as {@code LI-0001}: one counter per prefix, incremented atomically in the database so that
 * several application nodes never issue the same code.
 */
@Component
class SampleCodes {

	private final JdbcClient jdbc;

	SampleCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(SampleKind kind) {
		int number = this.jdbc.sql("""
				insert into sample.code_counter (prefix, last_value) values (:prefix, 1)
				on conflict (prefix) do update set last_value = sample.code_counter.last_value + 1
				returning last_value""").param("prefix", kind.codePrefix()).query(Integer.class).single();
		return "%s-%04d".formatted(kind.codePrefix(), number);
	}

}
