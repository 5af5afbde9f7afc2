package org.lilims.instrument;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What an EC-Lab text header says: technique (line 4), start, channel, comment and the recorded file name.
 *
 * @param technique name of the (first) technique, e.g. {@code Potentio Electrochemical Impedance Spectroscopy}
 * @param startTime {@code Acquisition started on}, null when absent or not a date
 * @param channel {@code Run on channel}
 * @param comment the {@code Comments} lines (EC-Lab writes one per line of a multi-line comment), joined by
 * {@code " | "}; null when all are empty
 * @param sourceFileName the {@code File :} line below {@code Saved on :}
 */
record BiologicMptHeader(String technique, @Nullable LocalDateTime startTime, @Nullable Integer channel,
		@Nullable String comment, @Nullable String sourceFileName) {

	static final String TITLE = "EC-Lab ASCII FILE";

	private static final String STARTED = "Acquisition started on :";

	// US order in every locale; older versions omit the milliseconds
	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm:ss[.SSS]");

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
		StringJoiner comment = new StringJoiner(" | ");
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
			if (stripped.startsWith("Comments :")) {
				String value = stripped.substring("Comments :".length()).strip();
				if (!value.isEmpty()) {
					comment.add(value);
				}
			}
			if (stripped.equals("Saved on :")) {
				saved = true;
			}
			else if (saved && file == null && stripped.startsWith("File :")) {
				file = stripped.substring("File :".length()).strip();
			}
		}
		return new BiologicMptHeader(technique, start, channel, (comment.length() > 0) ? comment.toString() : null,
				file);
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
