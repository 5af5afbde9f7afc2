package org.lilims.instrument;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The labelled fields of a MACCOR preamble. Line 1 of the one-line variant mixes tabs and spaces
 * ({@code ... Filename:\tC:\...\X.052 Procedure: P.000\tComment/Barcode: 00001E}), so values are cut at the next
 * known label rather than at separators.
 */
final class MaccorHeader {

	private static final List<String> LABELS = List.of("Today's Date", "Date of Test", "Filename", "Procedure",
			"Comment/Barcode", "Tester Channel", "Description", "Start Date", "Start Time");

	private static final Pattern PROCEDURE = Pattern.compile("(.*?\\.\\d{3})(.*)");

	private static final Pattern CHANNEL_EXTENSION = Pattern.compile("\\.(\\d{1,4})$");

	private final Map<String, String> values;

	private MaccorHeader(Map<String, String> values) {
		this.values = values;
	}

	static MaccorHeader parse(String text) {
		record Found(String label, int start) {
		}
		List<Found> found = new ArrayList<>();
		for (String label : LABELS) {
			int at = text.indexOf(label);
			if (at >= 0) {
				found.add(new Found(label, at));
			}
		}
		found.sort(Comparator.comparingInt(Found::start));
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < found.size(); i++) {
			int from = found.get(i).start() + found.get(i).label().length();
			int to = (i + 1 < found.size()) ? found.get(i + 1).start() : text.length();
			String value = text.substring(from, Math.max(from, to)).replaceFirst("^[\\s:,]*", "");
			String[] cut = value.split("[\t\n]", 2);
			values.put(found.get(i).label(), cut[0].strip());
		}
		return new MaccorHeader(values);
	}

	@Nullable String get(String label) {
		String value = this.values.get(label);
		return (value == null || value.isEmpty()) ? null : value;
	}

	@Nullable LocalDateTime dateOfTest() {
		return MaccorTimes.headerDate(get("Date of Test"));
	}

	boolean dateOfTestHasTime() {
		return MaccorTimes.hasTimeOfDay(get("Date of Test"));
	}

	/**
	 * A procedure file name and the description MACCOR appends to it.
	 */
	record Procedure(@Nullable String name, @Nullable String description) {

		/**
		 * Splits {@code ABRHV-NCM523-Form-4p1.000NCM 523, Formation...} after the procedure's {@code .000}.
		 */
		static Procedure of(@Nullable String text) {
			if (text == null) {
				return new Procedure(null, null);
			}
			Matcher matcher = PROCEDURE.matcher(text);
			if (matcher.matches()) {
				String description = matcher.group(2).strip();
				return new Procedure(matcher.group(1).strip(), description.isEmpty() ? null : description);
			}
			return new Procedure(text, null);
		}

	}

	/**
	 * The channel: the extension of the file name recorded in the header ({@code .052}), else of the file's own name
	 * (copies get renamed, and a test's second part is {@code .002} while the header keeps {@code .001}), else
	 * "Tester Channel".
	 */
	@Nullable Integer channel(String fileName) {
		Integer channel = channelOf(get("Filename"));
		if (channel == null) {
			channel = channelOf(fileName);
		}
		if (channel == null && get("Tester Channel") != null) {
			try {
				channel = Integer.valueOf(get("Tester Channel").strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return channel;
	}

	static @Nullable Integer channelOf(@Nullable String fileName) {
		if (fileName == null) {
			return null;
		}
		Matcher matcher = CHANNEL_EXTENSION.matcher(fileName.strip().toLowerCase(Locale.ROOT));
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

}
