package org.lilims.instrument.agent;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the agent was told on its command line.
 *
 * @param watchDir the instrument's export folder, read and never changed
 * @param server base URL of LiLIMS, e.g. {@code http://lims:8080}
 * @param token an INSTRUMENT account's personal API token
 * @param instrumentId name of the instrument, sent with every file
 * @param channel channel sent with every file; {@code null} takes it from a numeric file extension (MACCOR
 * {@code .052} is channel 52)
 * @param quietPeriod how long a file must stay unchanged before it is sent
 * @param scanInterval how often the folder is scanned
 * @param ledger where the agent remembers what it sent
 */
record AgentSettings(Path watchDir, URI server, String token, String instrumentId, @Nullable String channel,
		Duration quietPeriod, Duration scanInterval, Path ledger) {

	static final String USAGE = """
			usage: java -jar lilims.jar agent --watch DIR --server URL --token TOKEN [--instrument ID] [--channel N]
			                                  [--quiet-seconds 30] [--scan-seconds 5] [--ledger FILE]
			Sends new and changed files of DIR to LiLIMS once they have stopped changing; never moves or deletes them.""";

	static AgentSettings parse(List<String> args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i < args.size(); i++) {
			String name = args.get(i);
			if (!name.startsWith("--") || i + 1 >= args.size()) {
				throw new IllegalArgumentException("Unexpected argument '" + name + "'\n" + USAGE);
			}
			options.put(name.substring(2), args.get(++i));
		}
		String watch = required(options, "watch");
		Path watchDir = Path.of(watch).toAbsolutePath().normalize();
		if (!Files.isDirectory(watchDir)) {
			throw new IllegalArgumentException("--watch " + watch + " is not a directory");
		}
		String server = required(options, "server");
		String host = hostName();
		Path ledger = options.containsKey("ledger") ? Path.of(options.get("ledger"))
				: Path.of(System.getProperty("user.home"), ".lilims-agent",
						"sent-" + Integer.toHexString(watchDir.toString().hashCode()) + ".tsv");
		return new AgentSettings(watchDir, URI.create(server.endsWith("/") ? server : server + "/"),
				required(options, "token"), options.getOrDefault("instrument", host), options.get("channel"),
				Duration.ofSeconds(Long.parseLong(options.getOrDefault("quiet-seconds", "30"))),
				Duration.ofSeconds(Long.parseLong(options.getOrDefault("scan-seconds", "5"))), ledger);
	}

	private static String hostName() {
		try {
			return java.net.InetAddress.getLocalHost().getHostName();
		}
		catch (java.net.UnknownHostException ex) {
			return System.getenv().getOrDefault("HOSTNAME", "instrument");
		}
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("--" + name + " is required\n" + USAGE);
		}
		return value;
	}

}
