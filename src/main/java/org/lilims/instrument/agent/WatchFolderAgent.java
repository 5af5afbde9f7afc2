package org.lilims.instrument.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an instrument's export folder and delivers every new or changed file once it has stopped changing for the
 * quiet period. A file that grows (a cycler export rewritten during a running test) is sent again after each change;
 * the gateway keeps the versions. While the server is unreachable the agent waits with growing back-off and keeps
 * what it has not sent. It reads the instrument's files and never moves, renames or deletes them.
 */
public class WatchFolderAgent {

	private static final Logger log = LoggerFactory.getLogger(WatchFolderAgent.class);

	private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

	private static final Duration MAX_BACKOFF = Duration.ofMinutes(5);

	private static final Pattern NUMERIC_EXTENSION = Pattern.compile("\\.(\\d{1,4})$");

	private final AgentSettings settings;

	private final GatewayClient gateway;

	private final SentLedger ledger;

	private final Clock clock;

	private final Map<String, Observation> observed = new HashMap<>();

	private Duration backoff = Duration.ZERO;

	private Instant nextAttempt = Instant.MIN;

	WatchFolderAgent(AgentSettings settings, Clock clock) {
		this.settings = settings;
		this.gateway = new GatewayClient(settings.server(), settings.token());
		this.ledger = new SentLedger(settings.ledger());
		this.clock = clock;
	}

	/**
	 * Entry point of {@code java -jar lilims.jar agent ...}: runs until the process is stopped.
	 * @return the exit code (2 for wrong arguments)
	 */
	public static int run(List<String> args) {
		AgentSettings settings;
		try {
			settings = AgentSettings.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			return 2;
		}
		log.info("Watching {} for {} (instrument {}), quiet period {}, ledger {}", settings.watchDir(),
				settings.server(), settings.instrumentId(), settings.quietPeriod(), settings.ledger());
		WatchFolderAgent agent = new WatchFolderAgent(settings, Clock.systemUTC());
		while (!Thread.currentThread().isInterrupted()) {
			agent.scanOnce();
			try {
				Thread.sleep(settings.scanInterval().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return 0;
	}

	/**
	 * One pass over the folder: notes changes and sends the files that have been quiet long enough.
	 * @return how many files were delivered
	 */
	int scanOnce() {
		Instant now = this.clock.instant();
		if (now.isBefore(this.nextAttempt)) {
			return 0;
		}
		int delivered = 0;
		try (Stream<Path> files = Files.walk(this.settings.watchDir())) {
			for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
				Boolean sent = consider(file, now);
				if (sent == null) {
					return delivered;
				}
				delivered += sent ? 1 : 0;
			}
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Cannot scan {}: {}", this.settings.watchDir(), ex.getMessage());
		}
		return delivered;
	}

	/** @return whether the file was sent, or {@code null} when the server is unreachable and the scan must stop */
	private @Nullable Boolean consider(Path file, Instant now) throws IOException {
		String relative = this.settings.watchDir().relativize(file).toString().replace('\\', '/');
		BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
		long size = attributes.size();
		long modified = attributes.lastModifiedTime().toMillis();
		if (this.ledger.isDelivered(relative, size, modified)) {
			return false;
		}
		Observation last = this.observed.get(relative);
		if (last == null || last.sizeBytes() != size || last.modifiedMillis() != modified) {
			this.observed.put(relative, new Observation(size, modified, now));
			if (!this.settings.quietPeriod().isZero()) {
				return false;
			}
		}
		else if (Duration.between(last.unchangedSince(), now).compareTo(this.settings.quietPeriod()) < 0) {
			return false;
		}
		String sha256 = sha256(file);
		if (this.ledger.hasContent(relative, sha256)) {
			this.ledger.record(relative, size, modified, sha256);
			return false;
		}
		return send(file, relative, size, modified, sha256, now);
	}

	private @Nullable Boolean send(Path file, String relative, long size, long modified, String sha256, Instant now) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("instrumentId", this.settings.instrumentId());
		String channel = (this.settings.channel() != null) ? this.settings.channel() : channelFromExtension(relative);
		if (channel != null) {
			fields.put("channel", channel);
		}
		fields.put("originalPath", relative);
		fields.put("sha256", sha256);
		try {
			HttpResponse<String> response = this.gateway.upload(file, file.getFileName().toString(), fields);
			int status = response.statusCode();
			if (status >= 200 && status < 300) {
				this.ledger.record(relative, size, modified, sha256);
				this.backoff = Duration.ZERO;
				log.info("Sent {} ({} bytes, sha256 {}): HTTP {}", relative, size, sha256.substring(0, 12), status);
				return true;
			}
			if (status == 401 || status == 403 || status >= 500 || status == 408 || status == 429
					|| checksumMismatch(status, response.body())) {
				waitBeforeRetry(now, "HTTP " + status + " " + abbreviate(response.body()));
				return null;
			}
			// the server read the file and refused it for good (e.g. 400): do not send this version again
			log.error("LiLIMS refused {}: HTTP {} {}", relative, status, abbreviate(response.body()));
			this.ledger.record(relative, size, modified, sha256);
			return false;
		}
		catch (IOException ex) {
			waitBeforeRetry(now, (ex.getMessage() != null) ? ex.getClass().getSimpleName() + ": " + ex.getMessage()
					: ex.getClass().getSimpleName());
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private void waitBeforeRetry(Instant now, String reason) {
		this.backoff = this.backoff.isZero() ? FIRST_BACKOFF : this.backoff.multipliedBy(2);
		if (this.backoff.compareTo(MAX_BACKOFF) > 0) {
			this.backoff = MAX_BACKOFF;
		}
		this.nextAttempt = now.plus(this.backoff);
		log.warn("LiLIMS at {} is not taking files ({}); trying again in {} s", this.settings.server(), reason,
				this.backoff.toSeconds());
	}

	// the bytes that arrived were not those hashed (cut short on the way, or the file changed meanwhile): send again
	private static boolean checksumMismatch(int status, @Nullable String body) {
		return status == 400 && body != null && body.contains("\"field\":\"sha256\"");
	}

	static @Nullable String channelFromExtension(String fileName) {
		Matcher matcher = NUMERIC_EXTENSION.matcher(fileName);
		return matcher.find() ? Integer.toString(Integer.parseInt(matcher.group(1))) : null;
	}

	private static String abbreviate(@Nullable String body) {
		if (body == null) {
			return "";
		}
		return (body.length() > 300) ? body.substring(0, 300) + "…" : body;
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				digest.update(buffer, 0, read);
			}
			return java.util.HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** A file's size and modification time as last seen, and since when they have not changed. */
	private record Observation(long sizeBytes, long modifiedMillis, Instant unchangedSince) {
	}

}
