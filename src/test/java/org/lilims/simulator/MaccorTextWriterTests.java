package org.lilims.simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaccorTextWriterTests {

	private static final MaccorTextWriter.Header HEADER = new MaccorTextWriter.Header("LL-0042",
			"SIMULATED-LiLi", "SIMULATED\tdata", LocalDateTime.of(2025, 3, 3, 23, 59, 50), 12);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void writesTheOneLineHeaderAndTheColumnsWithCrlf() throws IOException {
		new MaccorTextWriter(this.out, HEADER).close();

		assertThat(text()).isEqualTo("Today's Date 03/03/2025  Date of Test:\t03/03/2025\t Filename:\t"
				+ "C:\\Data\\SIMULATED\\LL-0042.012 Procedure: SIMULATED-LiLi.000SIMULATED data\t"
				+ "Comment/Barcode: LL-0042\r\n"
				+ "Rec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time\r\n");
	}

	@Test
	void writesFixedDecimalsSignedCurrentAndVoltageAndTheLocalTimeAcrossMidnight() throws IOException {
		try (MaccorTextWriter writer = new MaccorTextWriter(this.out, HEADER)) {
			writer.sample(new CyclerSample(1, 2, 12.345678, 2.5, -0.0011309734, -0.0312345678, 0, 0.0000012, 0,
					0.0000000375, CyclerState.DISCHARGE, RecordReason.VOLTAGE_CHANGE));
		}

		assertThat(dataLines()).containsExactly("1\t1\t2\t12.3457\t2.5000\t0.0000012000\t0.0000000375\t-0.0011309734"
				+ "\t-0.03123457\tD\t5\t03/04/2025 00:00:02");
	}

	@Test
	void countsAmpHoursFromZeroAtEachChangeOfDirectionNotAtRestsAndWritesZeroAtRest() throws IOException {
		try (MaccorTextWriter writer = new MaccorTextWriter(this.out, HEADER)) {
			writer.sample(sample(0, 0.0, 0.0, CyclerState.CHARGE));
			writer.sample(sample(10, 1.0, 0.0, CyclerState.CHARGE));
			writer.sample(sample(20, 1.0, 0.0, CyclerState.REST));
			writer.sample(sample(30, 1.5, 0.0, CyclerState.CHARGE));
			writer.sample(sample(40, 1.5, 0.0, CyclerState.DISCHARGE));
			writer.sample(sample(50, 1.5, 0.25, CyclerState.DISCHARGE));
			writer.sample(sample(60, 1.5, 0.25, CyclerState.CHARGE));
		}

		assertThat(dataLines()).extracting((line) -> line.split("\t")[5])
			.containsExactly("0.0000000000", "1.0000000000", "0.0000000000", "1.5000000000", "0.0000000000",
					"0.2500000000", "0.0000000000");
		assertThat(dataLines()).extracting((line) -> line.split("\t")[10]).containsOnly("1");
	}

	@Test
	void streamsRowsToTheOutputBeforeItIsClosed() throws IOException {
		MaccorTextWriter writer = new MaccorTextWriter(this.out, HEADER);
		int headerBytes = this.out.size();
		for (int i = 0; i < 10_000; i++) {
			writer.sample(sample(i, 0, 0, CyclerState.REST));
		}

		assertThat(this.out.size()).isGreaterThan(headerBytes + 500_000);
		writer.close();
		assertThat(writer.rowsWritten()).isEqualTo(10_000);
		assertThat(dataLines()).hasSize(10_000);
	}

	private static CyclerSample sample(double seconds, double chargeAmpHours, double dischargeAmpHours,
			CyclerState state) {
		return new CyclerSample(1, 1, seconds, seconds, 0, 3.5, chargeAmpHours, dischargeAmpHours, 0, 0, state,
				RecordReason.TIME);
	}

	private String text() {
		return this.out.toString(StandardCharsets.ISO_8859_1);
	}

	private String[] dataLines() {
		String[] lines = text().split("\r\n");
		return Arrays.copyOfRange(lines, 2, lines.length);
	}

}
