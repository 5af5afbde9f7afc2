package org.lilims.simulator;

import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a simulated sweep as a BioLogic EC-Lab text export ({@code .mpt}) of a PEIS technique, as EC-Lab 11 writes
 * it: {@code EC-Lab ASCII FILE}, {@code Nb header lines : N} (the column line is line N), the technique on line 4,
 * {@code Acquisition started on : MM/DD/YYYY HH:MM:SS.fff} (instrument-local time), the settings, then tab-separated
 * columns {@code freq/Hz Re(Z)/Ohm -Im(Z)/Ohm |Z|/Ohm Phase(Z)/deg time/s <Ewe>/V <I>/mA cycle number}, numbers as
 * {@code 1.2345678E+001}, Windows-1252, CRLF. {@code -Im(Z)/Ohm} holds the negated imaginary part (positive when
 * capacitive), as EC-Lab writes it; {@code time/s} counts from the acquisition start. The comment line says the data
 * are simulated.
 */
public final class BiologicPeisWriter {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm:ss.SSS", Locale.ROOT);

	private static final String COLUMNS = "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\t|Z|/Ohm\tPhase(Z)/deg\ttime/s\t<Ewe>/V\t<I>/mA"
			+ "\tcycle number\t";

	private BiologicPeisWriter() {
	}

	/**
	 * The export of one sweep.
	 * @param spectrum the sweep
	 * @param acquisitionStart instrument-local start of the measurement
	 * @param channel the potentiostat channel
	 * @param sourceFileName the {@code .mpr} name EC-Lab saved it under (for {@code File :})
	 * @param comment the comment (e.g. the cell code); prefixed with {@code SIMULATED data}
	 */
	public static byte[] write(SimulatedSpectrum spectrum, LocalDateTime acquisitionStart, int channel,
			String sourceFileName, String comment) {
		List<String> header = new ArrayList<>();
		header.add("EC-Lab ASCII FILE");
		header.add("Nb header lines : %d");
		header.add("");
		header.add("Potentio Electrochemical Impedance Spectroscopy");
		header.add("");
		header.add("Run on channel : " + channel + " (SN 0000)");
		header.add("User : ");
		header.add("Electrode connection : standard");
		header.add("Potential control : Ewe");
		header.add("Ewe ctrl range : min = -10.00 V, max = 10.00 V");
		header.add("Channel : Grounded");
		header.add("Acquisition started on : " + START.format(acquisitionStart));
		header.add("Loaded Setting File : NONE");
		header.add("Saved on :");
		header.add("\tFile : " + clean(sourceFileName));
		header.add("\tDirectory : C:\\Data\\SIMULATED\\");
		header.add("Device : SIMULATED (LiLIMS simulator)");
		header.add("Electrode material : Li");
		header.add("Comments : SIMULATED data (LiLIMS simulator, circuit " + EisCircuitParameters.CIRCUIT + "): "
				+ clean(comment));
		header.add("Electrode surface area : 1.131 cm\u00B2");
		header.add("Mode                Single sine");
		header.add("E (V)               0.0000");
		header.add("vs.                 Eoc");
		header.add(String.format(Locale.ROOT, "fi                  %.3f", spectrum.frequencyHertz()[0] / 1000));
		header.add("unit fi             kHz");
		header.add(String.format(Locale.ROOT, "ff                  %.3f",
				spectrum.frequencyHertz()[spectrum.size() - 1]));
		header.add("unit ff             Hz");
		header.add("Points              per decade");
		header.add("spacing             Logarithmic");
		header.add("Va (mV)             10.0");
		header.add("Na                  2");
		header.add("");
		int lines = header.size() + 1;
		header.set(1, String.format(Locale.ROOT, header.get(1), lines));
		StringBuilder out = new StringBuilder(128 * (lines + spectrum.size()));
		for (String line : header) {
			out.append(line).append("\r\n");
		}
		out.append(COLUMNS).append("\r\n");
		for (int i = 0; i < spectrum.size(); i++) {
			double re = spectrum.realOhms()[i];
			double im = spectrum.imaginaryOhms()[i];
			out.append(number(spectrum.frequencyHertz()[i]))
				.append('\t')
				.append(number(re))
				.append('\t')
				.append(number(-im))
				.append('\t')
				.append(number(Math.hypot(re, im)))
				.append('\t')
				.append(number(Math.toDegrees(Math.atan2(im, re))))
				.append('\t')
				.append(String.format(Locale.ROOT, "%.15E", spectrum.timeSeconds()[i]))
				.append('\t')
				.append(number(0.0))
				.append('\t')
				.append(number(0.0))
				.append('\t')
				.append("1.000000000000000E+000")
				.append("\r\n");
		}
		return out.toString().getBytes(WINDOWS_1252);
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.7E", value);
	}

	private static String clean(String text) {
		return text.replaceAll("[\\t\\r\\n]", " ");
	}

}
