package org.lilims.analysis;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A small MACCOR text export of a full cell with chosen capacities: per cycle a rest sample, ten charge samples at
 * 0.46 mA up to {@code discharge / efficiency} and ten discharge samples down to {@code discharge}, every 6 min.
 */
final class SyntheticMaccorExport {

	private SyntheticMaccorExport() {
	}

	/**
	 * @param dischargeMah discharge capacity of cycles 1, 2, ...
	 * @param efficiencyPercent coulombic efficiency of each cycle
	 */
	static byte[] fullCell(String cellCode, double[] dischargeMah, double[] efficiencyPercent) {
		StringBuilder out = new StringBuilder();
		out.append("Today's Date 11/25/2026  Date of Test:\t11/01/2026\t Filename:\tC:\\Data\\SYN_000001.012")
			.append(" Procedure: Synthetic.000\tComment/Barcode: ").append(cellCode).append("\r\n");
		out.append("Rec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time\r\n");
		int record = 1;
		double seconds = 0;
		for (int c = 0; c < dischargeMah.length; c++) {
			double chargeAh = dischargeMah[c] / efficiencyPercent[c] * 100 / 1000;
			double dischargeAh = dischargeMah[c] / 1000;
			out.append(line(record++, c + 1, 1, seconds, 0, 0, 3.5, "R"));
			for (int k = 1; k <= 10; k++) {
				seconds += 360;
				out.append(line(record++, c + 1, 2, seconds, chargeAh * k / 10, 0.00046, 3.7 + 0.06 * k, "C"));
			}
			for (int k = 1; k <= 10; k++) {
				seconds += 360;
				out.append(line(record++, c + 1, 4, seconds, dischargeAh * k / 10, 0.00046, 4.1 - 0.11 * k, "D"));
			}
			seconds += 360;
		}
		return out.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static String line(int record, int cycle, int step, double seconds, double ampHours, double amps,
			double volts, String state) {
		return String.format(Locale.ROOT, "%d\t%d\t%d\t%.1f\t0.0\t%.10f\t0.0\t%.8f\t%.5f\t%s\t0\t11/01/2026 09:00:00\r\n",
				record, cycle, step, seconds, ampHours, amps, volts, state);
	}

}
