package org.lilims.instrument;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What an EC-Lab text header says: technique (line 4), start, channel, comment and the recorded file name.
 *
 * @param technique name of the (first) technique, e.g. {@code Potentio Electrochemical Impedance Spectroscopy}
 * @param startTime {@code Acquisition started on}, null when absent or not a date
 * @param channel {@code Run on channel}
 * @param comment the {@code Comments} lines (EC-Lab writes one per line of the comments) joined with {@code \n}, null
 * when empty
 * @param sourceFileName the {@code File :} line below {@code Saved on :}
 */
record BiologicMptHeader(String technique, @Nullable LocalDateTime startTime, @Nullable Integer channel,
		@Nullable String comment, @Nullable String sourceFileName) {

	static final String TITLE = "EC-Lab ASCII FILE";

	private static final String STARTED = "Acquisition started on :";

	// US order in every locale; older versions omit the milliseconds
	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm:ss[.SSS]");

	private static final String COMMENTS = "Comments :";

	private static final Pattern CHANNEL = Pattern.compile("Run on channel : (\\d+)");

	/** Whether the technique is an impedance one, which must have {@code freq/Hz}. */
	boolean impedance() {
		return this.technique.contains("Impedance") || this.technique.contains("PEIS")
				|| this.technique.contains("GEIS");
	}

	/**
	 * @param lines the header lines after {@code Nb header lines}, without the column line
	 */
	static BiologicMptHeader parse(List<String> lines) {
		String technique = (lines.size() > 1) ? lines.get(1).strip() : "";
		LocalDateTime start = null;
		Integer channel = null;
		List<String> comments = new ArrayList<>();
		String file = null;
		boolean saved = false;
		for (String line : lines) {
			String stripped = line.strip();
			if (stripped.startsWith(STARTED) && start == null) {
				start = start(stripped.substring(STARTED.length()).strip());
			}
			Matcher matcher = CHANNEL.matcher(stripped);
			if (channel == null && matcher.lookingAt()) {
				channel = Integer.valueOf(matcher.group(1));
			}
			if (stripped.startsWith(COMMENTS)) {
				comments.add(stripped.substring(COMMENTS.length()));
			}
			if (stripped.equals("Saved on :")) {
				saved = true;
			}
			else if (saved && file == null && stripped.startsWith("File :")) {
				file = stripped.substring("File :".length()).strip();
			}
		}
		return new BiologicMptHeader(technique, start, channel, comment(comments), file);
	}

	/** Lines of comments, each stripped, joined with {@code \n}; null when there is no text. */
	static @Nullable String comment(List<String> lines) {
		String joined = String.join("\n", lines.stream().map(String::strip).toList()).strip();
		return joined.isEmpty() ? null : joined;
	}

	private static @Nullable LocalDateTime start(String text) {
		try {
			return LocalDateTime.parse(text, START);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
