package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What an EC-Lab binary file says about itself, from the modules around the data: the {@code VMP Set} module (first)
 * starts with the technique's ID and then the comments as a length-prefixed string; the {@code VMP LOG} module (after
 * the data) holds the 0-based channel at byte 9, the acquisition start and the recorded path
 * ({@link BiologicMprStart}).
 *
 * @param technique the technique's name as the text export writes it (its line 4), null without a settings module
 * @param comment the comments, lines joined with {@code \n} like {@link BiologicMptHeader#comment}, null when empty
 * @param channel the 1-based channel, as {@code Run on channel}
 * @param startTime the acquisition start
 * @param sourceFileName the path of the file as EC-Lab recorded it, after the start in the LOG module
 */
record BiologicMprHeader(@Nullable String technique, @Nullable String comment, @Nullable Integer channel,
		@Nullable LocalDateTime startTime, @Nullable String sourceFileName) {

	// technique IDs as public readers list them (yadg), named like EC-Lab's text export
	private static final Map<Integer, String> TECHNIQUES = Map.ofEntries(
			Map.entry(4, "Galvanostatic Cycling with Potential Limitation"), Map.entry(6, "Cyclic Voltammetry"),
			Map.entry(11, "Open Circuit Voltage"), Map.entry(24, "Chronoamperometry / Chronocoulometry"),
			Map.entry(25, "Chronopotentiometry"), Map.entry(28, "Wait"),
			Map.entry(29, "Potentio Electrochemical Impedance Spectroscopy"),
			Map.entry(30, "Galvano Electrochemical Impedance Spectroscopy"), Map.entry(48, "Cyclic Voltammetry"),
			Map.entry(50, "IR compensation (PEIS)"), Map.entry(51, "Cyclic Voltammetry Advanced"),
			Map.entry(108, "Linear Sweep Voltammetry"),
			Map.entry(119, "Galvanostatic Cycling with Potential Limitation"), Map.entry(127, "Modulo Bat"));

	private static final int COMMENT_OFFSET = 7;

	private static final int SETTINGS_BYTES = COMMENT_OFFSET + 1 + 255;

	private static final int CHANNEL_OFFSET = 9;

	private static final long MAX_LOG_BYTES = 16L * 1024 * 1024;

	/** Reads the modules' headers, skipping their bodies but the settings' start and the LOG. */
	static BiologicMprHeader read(InputStream in) throws IOException {
		BiologicMprReader.readMagic(in);
		String technique = null;
		String comment = null;
		LocalDate settingsDate = null;
		while (true) {
			BiologicMprReader.ModuleHeader module;
			try {
				module = BiologicMprReader.ModuleHeader.read(in);
			}
			catch (ParseException ex) {
				return new BiologicMprHeader(technique, comment, null, null, null); // end of the modules, no LOG
			}
			long rest = module.length();
			if (module.name().equals("VMP Set")) {
				byte[] settings = in.readNBytes((int) Math.min(SETTINGS_BYTES, rest));
				rest -= settings.length;
				settingsDate = BiologicMprStart.headerDate(module.date());
				technique = technique(settings);
				comment = comment(settings);
			}
			else if (module.name().equals("VMP LOG") && rest <= MAX_LOG_BYTES) {
				byte[] log = in.readNBytes((int) rest);
				Integer channel = (log.length > CHANNEL_OFFSET) ? (log[CHANNEL_OFFSET] & 0xFF) + 1 : null;
				return new BiologicMprHeader(technique, comment, channel,
						BiologicMprStart.startIn(log, settingsDate).orElse(null),
						BiologicMprStart.fileIn(log, settingsDate));
			}
			in.skipNBytes(rest);
		}
	}

	static @Nullable String technique(byte[] settings) {
		if (settings.length == 0) {
			return null;
		}
		int id = settings[0] & 0xFF;
		return TECHNIQUES.getOrDefault(id, "EC-Lab technique " + id);
	}

	static @Nullable String comment(byte[] settings) {
		if (settings.length <= COMMENT_OFFSET) {
			return null;
		}
		int length = Math.min(settings[COMMENT_OFFSET] & 0xFF, settings.length - COMMENT_OFFSET - 1);
		String text = new String(settings, COMMENT_OFFSET + 1, length, BiologicMptParser.WINDOWS_1252);
		return BiologicMptHeader.comment(Arrays.asList(text.split("\r?\n|\r", -1)));
	}

}
