package org.lilims.simulator;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a coating run's deposition log as an Inficon SQC-310 data log in the per-layer block layout LiLIMS reads
 * (layout 1 of the instrument formats: no real log is public, so the layout follows the manual's description):
 * {@code SQC-310 Data Log}, {@code Process: <name>}, then per layer {@code Start:   Date: MM/DD/YYYY   Time: HH:MM:SS},
 * {@code Layer: n   Film: <material>} and the columns {@code elapsed_s,phase,rate,deviation,thickness,power,freq,
 * life,shutter} in s, Å/s, %, kÅ, %, Hz, %; the layer timer restarts at 0.
 * <p>
 * Each layer: {@value #PRE_DEPOSIT_SECONDS} s of {@code Pre-Dep} (shutter closed, rate 0), then {@code Deposit}
 * (shutter open) with the rate wandering around its set point (a first-order random process, relative standard
 * deviation {@code rateNoise}) until the integrated thickness reaches the target, a reading every
 * {@code intervalSeconds} and one at the end, then one {@code Idle} reading (shutter closed). The crystal frequency
 * falls with the mass deposited (Sauerbrey, scaled by density) and its life rises with it. A comment line says the
 * data are simulated.
 */
public final class SqcLogWriter {

	/** Seconds of pre-deposition (source soak, shutter closed) before each layer. */
	public static final int PRE_DEPOSIT_SECONDS = 30;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

	private static final String COLUMNS = "elapsed_s,phase,rate,deviation,thickness,power,freq,life,shutter";

	/** Seconds between layers (source change). */
	private static final int LAYER_GAP_SECONDS = 120;

	private final String processName;

	private final LocalDateTime start;

	private final List<DepositionLayer> layers;

	private final double intervalSeconds;

	private final double rateNoise;

	private final long seed;

	private final String text;

	private final DepositionGroundTruth truth;

	/**
	 * @param processName the controller's process name
	 * @param start local start of the first layer
	 * @param layers the layers in order
	 * @param intervalSeconds reading interval (e.g. 2)
	 * @param rateNoise relative standard deviation of the rate around its set point (e.g. 0.03)
	 * @param seed seed of the rate noise
	 */
	public SqcLogWriter(String processName, LocalDateTime start, List<DepositionLayer> layers, double intervalSeconds,
			double rateNoise, long seed) {
		if (layers.isEmpty() || !(intervalSeconds > 0) || !(rateNoise >= 0 && rateNoise < 0.3)) {
			throw new IllegalArgumentException("need layers, a positive interval and a rate noise in [0, 0.3)");
		}
		this.processName = processName.replaceAll("[,\\r\\n]", " ");
		this.start = start;
		this.layers = List.copyOf(layers);
		this.intervalSeconds = intervalSeconds;
		this.rateNoise = rateNoise;
		this.seed = seed;
		List<DepositionGroundTruth.Layer> truths = new ArrayList<>();
		this.text = render(truths);
		this.truth = new DepositionGroundTruth(truths);
	}

	/** The log, ISO-8859-1 (ASCII only). */
	public byte[] bytes() {
		return this.text.getBytes(StandardCharsets.ISO_8859_1);
	}

	public DepositionGroundTruth groundTruth() {
		return this.truth;
	}

	private String render(List<DepositionGroundTruth.Layer> truths) {
		StringBuilder out = new StringBuilder(1 << 16);
		line(out, "SQC-310 Data Log");
		line(out, "Process: " + this.processName);
		line(out, "Comment: SIMULATED data (LiLIMS simulator seed " + this.seed + ")");
		Random random = new Random(this.seed);
		double crystalHertz = 5_962_000;
		double life = 10.0;
		LocalDateTime layerStart = this.start;
		for (int n = 1; n <= this.layers.size(); n++) {
			DepositionLayer layer = this.layers.get(n - 1);
			line(out, "Start:   Date: " + DATE.format(layerStart) + "   Time: " + TIME.format(layerStart));
			line(out, "Layer: " + n + "   Film: " + layer.material());
			line(out, COLUMNS);
			double setAngstromPerSecond = layer.rateNmPerS() * 10;
			double power = 20 + 4 * setAngstromPerSecond;
			double hertzPerNm = hertzPerNm(layer.material());
			for (int t = 0; t < PRE_DEPOSIT_SECONDS; t += 10) {
				row(out, t, "Pre-Dep", 0, 0, 0, power * 0.6, crystalHertz, life, "closed");
			}
			double thickness = 0;
			double deviation = 0;
			double t = PRE_DEPOSIT_SECONDS;
			double rateSum = 0;
			int rates = 0;
			double lastWritten = Double.NaN;
			double correlation = Math.exp(-this.intervalSeconds / 20.0);
			while (true) {
				double rate = setAngstromPerSecond * (1 + deviation);
				double step = this.intervalSeconds;
				double remaining = layer.targetThicknessNm() - thickness;
				boolean last = rate / 10 * step >= remaining;
				if (last) {
					step = remaining / (rate / 10);
				}
				thickness += rate / 10 * step;
				t += step;
				double writtenRate = round(rate, 2);
				double writtenThickness = last ? layer.targetThicknessNm() : thickness;
				lastWritten = round(writtenThickness / 100, 4) * 100;
				rateSum += writtenRate / 10;
				rates++;
				row(out, t, "Deposit", writtenRate, 100 * deviation, writtenThickness / 100, power * (1 + deviation),
						crystalHertz - hertzPerNm * writtenThickness, life + 0.002 * writtenThickness, "open");
				if (last) {
					break;
				}
				deviation = correlation * deviation
						+ Math.sqrt(1 - correlation * correlation) * this.rateNoise * gaussian(random);
			}
			row(out, t + 5, "Idle", 0, 0, lastWritten / 100, 0, crystalHertz - hertzPerNm * lastWritten,
					life + 0.002 * lastWritten, "closed");
			crystalHertz -= hertzPerNm * lastWritten;
			life += 0.002 * lastWritten;
			// readings with a positive rate run from one interval into the deposit to its end
			truths.add(new DepositionGroundTruth.Layer(n, layer, lastWritten, rateSum / rates,
					(rates > 1) ? t - PRE_DEPOSIT_SECONDS - this.intervalSeconds : 0));
			layerStart = layerStart.plusSeconds((long) Math.ceil(t) + LAYER_GAP_SECONDS);
		}
		return out.toString();
	}

	private static double gaussian(Random random) {
		return Math.max(-3, Math.min(3, random.nextGaussian()));
	}

	// Sauerbrey: about 81 Hz per µg/cm² on a 6 MHz crystal; mass per nm from the film's density (g/cm³)
	private static double hertzPerNm(String material) {
		double density = switch (material.trim().toLowerCase(Locale.ROOT)) {
			case "li" -> 0.534;
			case "zn" -> 7.14;
			default -> 5.0;
		};
		return 81.0 * density * 0.1;
	}

	private static double round(double value, int decimals) {
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	private static void row(StringBuilder out, double t, String phase, double rate, double deviation,
			double thicknessKiloAngstrom, double power, double hertz, double life, String shutter) {
		line(out, String.format(Locale.ROOT, "%.1f,%s,%.2f,%.1f,%.4f,%.1f,%.0f,%.2f,%s", t, phase, rate, deviation,
				thicknessKiloAngstrom, power, hertz, life, shutter));
	}

	private static void line(StringBuilder out, String line) {
		out.append(line).append("\r\n");
	}

}
