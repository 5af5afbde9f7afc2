package org.lilims.simulator;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes samples as a MACCOR text export (the one-line-header variant of the beep exports), streaming: each line is
 * formatted into a buffer that goes to the stream whenever it fills, so a million rows never sit in memory.
 * <p>
 * Layout: {@code Today's Date MM/DD/YYYY  Date of Test:\tMM/DD/YYYY\t Filename:\tC:\Data\SIMULATED\<cell>.<channel>
 * Procedure: <name>.000<description>\tComment/Barcode: <cell>}, then the columns {@code Rec# Cyc# Step Test (Sec)
 * Step (Sec) Amp-hr Watt-hr Amps Volts State ES DPt Time}, tab-separated, CRLF line ends, ISO-8859-1. {@code Amp-hr}
 * and {@code Watt-hr} count from 0 at each change of direction (C to D or back) and read 0 at rest; {@code Amps} is
 * negative on discharge; {@code DPt Time} is the local time of the test start plus the whole seconds of test time.
 * {@code ES} codes, as seen in public MACCOR exports (their meaning inferred, not from a specification): 0 step
 * start, 1 time interval, 5 voltage change, 129 step end on time, 133 step end on voltage (also the safety stop), 132
 * step end on current.
 */
public final class MaccorTextWriter implements CyclerSampleSink, Closeable {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu", Locale.ROOT);

	private static final String COLUMNS = "Rec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts"
			+ "\tState\tES\tDPt Time\r\n";

	private static final long[] POWERS_OF_TEN = { 1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
			100_000_000L, 1_000_000_000L, 10_000_000_000L };

	private static final int BUFFER_BYTES = 1 << 16;

	private static final int MAX_LINE_BYTES = 256;

	private final OutputStream out;

	private final byte[] buffer = new byte[BUFFER_BYTES];

	private int length;

	private final LocalDate startDate;

	private final long startSecondOfDay;

	private long cachedDay = Long.MIN_VALUE;

	private final byte[] cachedDate = new byte[10];

	private long rows;

	private CyclerState direction = CyclerState.REST;

	private double chargeAtTurn;

	private double energyAtTurn;

	private double previousCharge;

	private double previousEnergy;

	/**
	 * What the header says: the cell's code (MACCOR's {@code Comment/Barcode}, the usual link to the cell), the
	 * procedure (a name without dots, {@code .000} is appended, and a description), the local start of the test and
	 * the channel (the file name's extension).
	 */
	public record Header(String cellCode, String procedureName, String procedureDescription, LocalDateTime testStart,
			int channel) {

		/** The header of a simulator's export. */
		public static Header of(CellSimulator simulator, String cellCode, LocalDateTime testStart, int channel) {
			return new Header(cellCode, simulator.procedureName(), simulator.description(), testStart, channel);
		}

		/** The file name an instrument PC would give the export: {@code <cell code>.<channel, 3 digits>}. */
		public String fileName() {
			return clean(this.cellCode).replaceAll("[^A-Za-z0-9_-]", "_")
					+ String.format(Locale.ROOT, ".%03d", this.channel);
		}

	}

	/**
	 * Writes the header lines at once; rows follow with each {@link #sample}.
	 */
	public MaccorTextWriter(OutputStream out, Header header) throws IOException {
		this.out = out;
		this.startDate = header.testStart().toLocalDate();
		this.startSecondOfDay = header.testStart().toLocalTime().toSecondOfDay();
		String date = DATE.format(this.startDate);
		String line = "Today's Date " + date + "  Date of Test:\t" + date + "\t Filename:\tC:\\Data\\SIMULATED\\"
				+ header.fileName() + " Procedure: " + clean(header.procedureName()) + ".000"
				+ clean(header.procedureDescription()) + "\tComment/Barcode: " + clean(header.cellCode()) + "\r\n";
		out.write(line.getBytes(StandardCharsets.ISO_8859_1));
		out.write(COLUMNS.getBytes(StandardCharsets.ISO_8859_1));
	}

	/**
	 * Writes a simulator's whole test as a MACCOR text export to {@code out} (not closed).
	 * @return the number of data rows written
	 */
	public static long write(CellSimulator simulator, OutputStream out, Header header) throws IOException {
		MaccorTextWriter writer = new MaccorTextWriter(out, header);
		simulator.run(writer);
		writer.flush();
		return writer.rowsWritten();
	}

	// header fields end at tabs and line ends
	private static String clean(String text) {
		return text.replaceAll("[\\t\\r\\n]", " ");
	}

	public long rowsWritten() {
		return this.rows;
	}

	@Override
	public void sample(CyclerSample sample) throws IOException {
		if (this.length + MAX_LINE_BYTES > BUFFER_BYTES) {
			drain();
		}
		double charge = sample.chargeAmpHours() + sample.dischargeAmpHours();
		double energy = sample.chargeWattHours() + sample.dischargeWattHours();
		CyclerState state = sample.state();
		if (state != CyclerState.REST && state != this.direction) {
			// counts from the last sample before the change of direction
			this.direction = state;
			this.chargeAtTurn = this.previousCharge;
			this.energyAtTurn = this.previousEnergy;
		}
		this.previousCharge = charge;
		this.previousEnergy = energy;
		boolean rest = state == CyclerState.REST;
		this.rows++;
		integer(this.rows);
		tab();
		integer(sample.cycle());
		tab();
		integer(sample.step());
		tab();
		fixed(sample.testTimeSeconds(), 4);
		tab();
		fixed(sample.stepTimeSeconds(), 4);
		tab();
		fixed(rest ? 0 : charge - this.chargeAtTurn, 10);
		tab();
		fixed(rest ? 0 : energy - this.energyAtTurn, 10);
		tab();
		fixed(sample.currentAmperes(), 10);
		tab();
		fixed(sample.voltageVolts(), 8);
		tab();
		this.buffer[this.length++] = (byte) state.code();
		tab();
		integer(endStatus(sample.reason()));
		tab();
		timestamp(sample.testTimeSeconds());
		this.buffer[this.length++] = '\r';
		this.buffer[this.length++] = '\n';
	}

	static int endStatus(RecordReason reason) {
		return switch (reason) {
			case STEP_START -> 0;
			case TIME -> 1;
			case VOLTAGE_CHANGE -> 5;
			case STEP_END_TIME -> 129;
			case STEP_END_CURRENT -> 132;
			case STEP_END_VOLTAGE, SAFETY_STOP -> 133;
		};
	}

	private void tab() {
		this.buffer[this.length++] = '\t';
	}

	private void integer(long value) {
		if (value < 0) {
			this.buffer[this.length++] = '-';
			value = -value;
		}
		digits(value, 1);
	}

	// writes at least minDigits digits, zero-padded
	private void digits(long value, int minDigits) {
		int count = 1;
		for (long v = value / 10; v > 0; v /= 10) {
			count++;
		}
		count = Math.max(count, minDigits);
		for (int i = this.length + count - 1; i >= this.length; i--) {
			this.buffer[i] = (byte) ('0' + value % 10);
			value /= 10;
		}
		this.length += count;
	}

	private void fixed(double value, int decimals) {
		long scale = POWERS_OF_TEN[decimals];
		long scaled = Math.round(Math.abs(value) * scale);
		if (value < 0 && scaled != 0) {
			this.buffer[this.length++] = '-';
		}
		digits(scaled / scale, 1);
		this.buffer[this.length++] = '.';
		digits(scaled % scale, decimals);
	}

	private void timestamp(double testTimeSeconds) {
		long seconds = this.startSecondOfDay + (long) Math.floor(testTimeSeconds);
		long day = Math.floorDiv(seconds, 86_400);
		if (day != this.cachedDay) {
			this.cachedDay = day;
			byte[] date = DATE.format(this.startDate.plusDays(day)).getBytes(StandardCharsets.ISO_8859_1);
			System.arraycopy(date, 0, this.cachedDate, 0, this.cachedDate.length);
		}
		System.arraycopy(this.cachedDate, 0, this.buffer, this.length, this.cachedDate.length);
		this.length += this.cachedDate.length;
		int secondOfDay = (int) (seconds - day * 86_400);
		this.buffer[this.length++] = ' ';
		digits(secondOfDay / 3600, 2);
		this.buffer[this.length++] = ':';
		digits(secondOfDay / 60 % 60, 2);
		this.buffer[this.length++] = ':';
		digits(secondOfDay % 60, 2);
	}

	private void drain() throws IOException {
		this.out.write(this.buffer, 0, this.length);
		this.length = 0;
	}

	/**
	 * Writes out the buffered rows and flushes the stream.
	 */
	public void flush() throws IOException {
		drain();
		this.out.flush();
	}

	/**
	 * Writes out the buffered rows and closes the stream.
	 */
	@Override
	public void close() throws IOException {
		try {
			drain();
		}
		finally {
			this.out.close();
		}
	}

}
