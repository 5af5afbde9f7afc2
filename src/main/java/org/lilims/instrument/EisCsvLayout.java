package org.lilims.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * How a plain impedance CSV is laid out, found from its first lines: separator ({@code ,} {@code ;} tab or runs of
 * spaces), decimal comma (only with a separator other than the comma), an optional header, and the columns.
 * Conservative: without a header, exactly three numeric columns with positive, monotonic frequencies first; with a
 * header, a frequency column and either Re/Im or |Z|/phase columns, named as impedance tools name them.
 *
 * @param separator the separator, {@code ' '} for runs of blanks
 * @param decimalComma whether numbers use a decimal comma
 * @param header whether the first line names the columns
 * @param frequency column of the frequency (Hz)
 * @param real column of Re(Z), -1 with |Z| and phase
 * @param imaginary column of Im(Z), -1 with |Z| and phase
 * @param imaginaryNegated whether the column holds -Im(Z) ({@code -Zim}, {@code -Z''})
 * @param magnitude column of |Z|, -1 when absent
 * @param phase column of the phase in degrees, -1 when absent
 * @param phaseNegated whether the column holds the negated phase
 */
record EisCsvLayout(char separator, boolean decimalComma, boolean header, int frequency, int real, int imaginary,
		boolean imaginaryNegated, int magnitude, int phase, boolean phaseNegated) {

	private static final char[] SEPARATORS = { '\t', ';', ',', ' ' };

	// a trailing unit, in any encoding: "(Hz)", "[Ohm]", "/Ohm", "(Ω)" ("Re(Z)" keeps "re")
	private static final Pattern UNIT = Pattern.compile("(\\([^()]*\\)|\\[[^\\[\\]]*\\]|/[^/]*)$");

	private static final int MIN_DATA_LINES = 2;

	/**
	 * The layout of a file starting with {@code lines} (non-blank, complete lines), if it is a plain impedance CSV.
	 */
	static Optional<EisCsvLayout> sniff(List<String> lines) {
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		for (char separator : SEPARATORS) {
			Optional<EisCsvLayout> layout = sniff(lines, separator);
			if (layout.isPresent()) {
				return layout;
			}
		}
		return Optional.empty();
	}

	private static Optional<EisCsvLayout> sniff(List<String> lines, char separator) {
		String[] first = split(lines.get(0), separator);
		boolean header = !allNumbers(first, separator != ',') && !allNumbers(first, false);
		List<String> data = lines.subList(header ? 1 : 0, lines.size());
		if (data.size() < MIN_DATA_LINES || first.length < 3) {
			return Optional.empty();
		}
		boolean decimalComma = separator != ',' && data.stream().anyMatch(line -> line.contains(","));
		for (String line : data) {
			String[] cells = split(line, separator);
			if (cells.length != first.length || !allNumbers(cells, decimalComma)) {
				return Optional.empty();
			}
		}
		EisCsvLayout layout = header ? fromHeader(first, separator, decimalComma)
				: (first.length == 3) ? new EisCsvLayout(separator, decimalComma, false, 0, 1, 2, false, -1, -1, false)
						: null;
		if (layout == null || !frequenciesLookRight(layout, data)) {
			return Optional.empty();
		}
		return Optional.of(layout);
	}

	private static @Nullable EisCsvLayout fromHeader(String[] names, char separator, boolean decimalComma) {
		int frequency = -1;
		int real = -1;
		int imaginary = -1;
		int magnitude = -1;
		int phase = -1;
		boolean imaginaryNegated = false;
		boolean phaseNegated = false;
		for (int i = 0; i < names.length; i++) {
			String name = normalise(names[i]);
			boolean negated = name.startsWith("-");
			String bare = negated ? name.substring(1) : name;
			switch (bare) {
				case "f", "freq", "freq.", "frequency" -> frequency = (frequency < 0 && !negated) ? i : frequency;
				case "z'", "zre", "zreal", "re", "real", "re(z)", "z_re", "z_real", "zr" ->
					real = (real < 0 && !negated) ? i : real;
				case "z''", "z\"", "zim", "zimag", "im", "imag", "imaginary", "im(z)", "z_im", "z_imag", "zi" -> {
					if (imaginary < 0) {
						imaginary = i;
						imaginaryNegated = negated;
					}
				}
				case "|z|", "zmod", "mod", "mag", "magnitude", "zmag" ->
					magnitude = (magnitude < 0 && !negated) ? i : magnitude;
				case "phase", "phi", "phz", "zphz", "phase(z)", "theta" -> {
					if (phase < 0) {
						phase = i;
						phaseNegated = negated;
					}
				}
				default -> {
				}
			}
		}
		if (frequency < 0 || !((real >= 0 && imaginary >= 0) || (magnitude >= 0 && phase >= 0))) {
			return null;
		}
		if (real >= 0 && imaginary >= 0) {
			magnitude = -1;
			phase = -1;
		}
		else {
			real = -1;
			imaginary = -1;
		}
		return new EisCsvLayout(separator, decimalComma, true, frequency, real, imaginary, imaginaryNegated,
				magnitude, phase, phaseNegated);
	}

	private static String normalise(String name) {
		String n = name.replace("\"", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
		n = n.replace("−", "-");
		String previous;
		do {
			previous = n;
			n = UNIT.matcher(n).replaceFirst("");
		}
		while (!n.equals(previous) && !n.isEmpty());
		return n;
	}

	// positive everywhere, and monotonic within each sweep (a new sweep may start with a jump back)
	private static boolean frequenciesLookRight(EisCsvLayout layout, List<String> data) {
		int turns = 0;
		double previous = Double.NaN;
		int direction = 0;
		for (String line : data) {
			double f = layout.number(split(line, layout.separator())[layout.frequency()]);
			if (!(f > 0)) {
				return false;
			}
			if (!Double.isNaN(previous)) {
				int step = Double.compare(f, previous);
				if (step == 0) {
					return false;
				}
				if (direction == 0) {
					direction = step;
				}
				else if (step != direction) {
					turns++;
					direction = 0;
				}
			}
			previous = f;
		}
		return layout.header() || turns * 4 < data.size();
	}

	static String[] split(String line, char separator) {
		String trimmed = line.strip();
		if (separator == ' ') {
			return trimmed.split("\\s+");
		}
		String[] cells = trimmed.split(Pattern.quote(String.valueOf(separator)), -1);
		for (int i = 0; i < cells.length; i++) {
			cells[i] = cells[i].strip().replace("\"", "");
		}
		return cells;
	}

	double number(String cell) {
		return Double.parseDouble(this.decimalComma ? cell.replace(',', '.') : cell);
	}

	private static boolean allNumbers(String[] cells, boolean decimalComma) {
		for (String cell : cells) {
			String text = decimalComma ? cell.replace(',', '.') : cell;
			if (text.isEmpty() || !isNumber(text)) {
				return false;
			}
		}
		return true;
	}

	private static boolean isNumber(String text) {
		char last = text.charAt(text.length() - 1);
		if (!(Character.isDigit(last) || last == '.')) {
			return false;
		}
		try {
			Double.parseDouble(text);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** The separator's name, for the metadata. */
	String separatorName() {
		return switch (this.separator) {
			case '\t' -> "tab";
			case ' ' -> "space";
			default -> String.valueOf(this.separator);
		};
	}

	List<String> describe() {
		List<String> parts = new ArrayList<>();
		if (this.real >= 0) {
			parts.add(this.imaginaryNegated ? "imaginary column holds -Im(Z): sign flipped to signed Im(Z)"
					: "imaginary column read as signed Im(Z), negative when capacitive");
		}
		else {
			parts.add("|Z| and phase (degrees" + (this.phaseNegated ? ", column negated" : "")
					+ ") converted to signed Re/Im(Z)");
		}
		return parts;
	}

}
