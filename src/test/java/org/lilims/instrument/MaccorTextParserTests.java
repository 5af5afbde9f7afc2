package org.lilims.instrument;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class MaccorTextParserTests {

	private static final String ONE_LINE_HEADER = "Today's Date 10/10/2019  Date of Test:\t10/10/2019\t Filename:\t"
			+ "C:\\Data\\cell_00001E.052 Procedure: Diag_000151.000\tComment/Barcode: 00001E\r\n"
			+ "Rec#\tCyc#\tStep\tTest (Sec)\tStep (Sec)\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time\tLoop1"
			+ "\tWF Chg Cap\r\n";

	@Test
	void readsTheOneLineHeaderVariantWithSecondsByName() {
		Parsed parsed = Parsed.text(ONE_LINE_HEADER
				+ "249791\t37\t44\t769267.2400\t14.2500\t0.0191579754\t0.0744874270\t-4.8400091554\t3.86823835\tD\t1"
				+ "\t10/21/2019 23:59:59\t3\tN/A\r\n"
				+ "249792\t37\t44\t769270.2500\t17.2600\t0.0231714199\t0.0845394334\t-4.8400091554\t3.86\tD\t1"
				+ "\t10/22/2019\t3\tN/A\r\n", "copy-without-channel.txt");

		assertThat(parsed.format).isEqualTo(InstrumentFormat.MACCOR_TEXT);
		FileMetadata metadata = parsed.metadata();
		assertThat(metadata.channel()).isEqualTo(52);
		assertThat(metadata.procedure()).isEqualTo("Diag_000151.000");
		assertThat(metadata.comment()).isEqualTo("00001E");
		assertThat(metadata.sourceFileName()).isEqualTo("C:\\Data\\cell_00001E.052");
		assertThat(metadata.startTime()).isEqualTo(LocalDateTime.of(2019, 10, 10, 0, 0));
		assertThat(parsed.rows).hasSize(2);
		TimeSeriesRow row = parsed.rows.get(0);
		assertThat(row.lineNumber()).isEqualTo(3);
		assertThat(row.testTimeSeconds()).isEqualTo(769267.24);
		assertThat(row.cycle()).isEqualTo(37);
		assertThat(row.step()).isEqualTo(44);
		assertThat(row.kind()).isEqualTo(StepKind.DISCHARGE);
		assertThat(row.currentAmperes()).isEqualTo(-4.8400091554);
		assertThat(row.voltageVolts()).isEqualTo(3.86823835);
		assertThat(row.dischargeCapacityAmpHours()).isEqualTo(0.0191579754);
		assertThat(row.chargeCapacityAmpHours()).isNaN();
		assertThat(row.energyWattHours()).isEqualTo(0.0744874270);
		assertThat(row.timestamp()).isEqualTo(LocalDateTime.of(2019, 10, 21, 23, 59, 59));
		assertThat(row.extras().get("Rec#")).isEqualTo("249791");
		assertThat(row.extras().get("Step (Sec)")).isEqualTo("14.2500");
		assertThat(row.extras().get("Loop1")).isEqualTo("3");
		assertThat(row.extras().get("WF Chg Cap")).isNull();
		assertThat(parsed.rows.get(1).timestamp()).isEqualTo(LocalDateTime.of(2019, 10, 22, 0, 0));
		assertThat(parsed.cycles.cycles()).containsExactly(new CycleCapacity(37, 0.0, 0.0231714199, false));
	}

	@Test
	void readsTheThreeLineHeaderWithDurationsAndAuxUnitsAndDerivesCycles() {
		String header = "Today's Date:\t14 December 2020\tDate of Test:\t11 December 2020, 12:22:12 PM\n"
				+ "    Filename:\tM50_Validation_0deg_01\tTester Channel:\t7\n"
				+ "Procedure:\tM50_Validation.000\tDescription:\n"
				+ "Rec#\tCyc#\tStep\tTestTime\tStepTime\tAmp-hr\tWatt-hr\tAmps\tVolts\tState\tES\tDPt Time\tAux #1\t Units\n";
		Parsed parsed = Parsed.text(header + "1\t0\t1\t  0d 00:00:0\t  0d 00:00:0\t0.00000\t0.00000\t0.00000\t3.46\tR\t0"
				+ "\t12/11/2020 12:22:12\t-2501.7\t C  \n"
				+ "2\t0\t2\t  0d 00:22:9.619\t  0d 00:00:5\t0.10000\t0.3\t0.50401\t3.41\tD\t0\t12/11/2020 12:44:21"
				+ "\t25.1\t C  \n"
				+ "3\t0\t3\t  1d 03:11:47.409\t  0d 00:00:5\t0.20000\t0.7\t0.50000\t3.9\tC\t0\t12/12/2020 15:34:00"
				+ "\t25.2\t C  \n"
				+ "4\t0\t4\t  1d 03:11:52.5\t  0d 00:00:5\t0.15000\t0.5\t-0.50000\t3.7\tD\t0\t12/12/2020 15:34:05"
				+ "\t25.2\t C  ", "maccor_001.txt");

		FileMetadata metadata = parsed.metadata();
		assertThat(metadata.channel()).isEqualTo(7);
		assertThat(metadata.startTime()).isEqualTo(LocalDateTime.of(2020, 12, 11, 12, 22, 12));
		assertThat(metadata.procedure()).isEqualTo("M50_Validation.000");
		assertThat(metadata.sourceUnits()).containsEntry("testTime", "d hh:mm:ss");
		assertThat(parsed.rows).hasSize(4);
		assertThat(parsed.rows.get(1).testTimeSeconds()).isCloseTo(22 * 60 + 9.619, within(1e-9));
		assertThat(parsed.rows.get(2).testTimeSeconds()).isCloseTo(86400 + 3 * 3600 + 11 * 60 + 47.409,
				within(1e-9));
		assertThat(parsed.rows.get(1).currentAmperes()).as("magnitude on discharge made negative")
			.isEqualTo(-0.50401);
		assertThat(parsed.rows.get(1).extras().get("Aux #1")).isEqualTo("25.1");
		assertThat(parsed.rows.get(1).extras().get("Aux #1 Units")).isEqualTo("C");
		assertThat(parsed.cycles.cycles()).containsExactly(new CycleCapacity(1, 0.2, 0.1, true),
				new CycleCapacity(2, 0.0, 0.15, true));
	}

	@Test
	void readsMinutesAndTakesTheDateOfTimeOnlyStampsFromTheHeader() {
		Parsed first = Parsed.resource("maccor_example.001");
		Parsed second = Parsed.resource("maccor_example.002");

		assertThat(first.rows).hasSize(8);
		assertThat(first.metadata().sourceUnits()).containsEntry("testTime", "min");
		assertThat(first.rows.get(1).testTimeSeconds()).isCloseTo(10.0, within(0.01));
		assertThat(first.rows.get(0).timestamp()).isEqualTo(LocalDateTime.of(2016, 3, 31, 16, 5, 31));
		assertThat(first.metadata().procedure()).isEqualTo("ABRHV-NCM523-Form-4p1.000");
		assertThat(first.metadata().procedureDescription())
			.isEqualTo("NCM 523, Formation Test at 0.1C; from 3.0 to 4.1V");
		assertThat(first.metadata().comment()).startsWith("SET-LN3024-104, Targray NCM811");
		assertThat(second.rows.get(0).timestamp()).isEqualTo(LocalDateTime.of(2016, 4, 1, 16, 5, 31));
		assertThat(second.rows.get(7).timestamp()).isEqualTo(LocalDateTime.of(2016, 4, 1, 16, 6, 41));
		assertThat(first.rows).allSatisfy(row -> assertThat(row.kind()).isEqualTo(StepKind.REST));
	}

	@Test
	void timeOfDayStampsRollOverMidnight() {
		Parsed parsed = Parsed.text("Today's Date 04/04/2016  Date of Test:\t04/01/2016\t Filename:\tx.001\n"
				+ "Rec#\tCyc#\tStep\tTest (Sec)\tAmps\tVolts\tState\tDPt Time\n"
				+ "1\t0\t1\t0\t0\t3.3\tR\t23:59:50\n" + "2\t0\t1\t20\t0\t3.3\tR\t00:00:10\n", "x.001");

		assertThat(parsed.rows.get(1).timestamp()).isEqualTo(LocalDateTime.of(2016, 4, 2, 0, 0, 10));
	}

	@Test
	void aSinkThatWantsNoTimestampsGetsTheFirstRowsOnly() throws Exception {
		String file = "Today's Date 04/04/2016  Date of Test:\t04/01/2016\t Filename:\tx.001\n"
				+ "Rec#\tCyc#\tStep\tTest (Sec)\tAmps\tVolts\tState\tDPt Time\n"
				+ "1\t0\t1\t0\t0\t3.3\tR\t23:59:50\n" + "2\t0\t1\t20\t0\t3.3\tR\t00:00:10\n";
		List<TimeSeriesRow> rows = new ArrayList<>();
		ParseSink countingSink = new ParseSink() {
			@Override
			public boolean wantsTimestamps() {
				return false;
			}

			@Override
			public void row(TimeSeriesRow row) {
				rows.add(row);
			}
		};

		new MaccorTextParser(ZoneOffset.UTC).parse(new ByteArrayInputStream(file.getBytes(StandardCharsets.US_ASCII)),
				"x.001", countingSink);

		assertThat(rows).extracting(TimeSeriesRow::timestamp)
			.containsExactly(LocalDateTime.of(2016, 4, 1, 23, 59, 50), null);
		assertThat(rows).extracting(TimeSeriesRow::testTimeSeconds).containsExactly(0.0, 20.0);
	}

	@Test
	void takesElapsedTimeFromTheTestTimeAndKeepsLocalTimesAcrossADaylightSavingChangeAsWritten() {
		Parsed parsed = Parsed.text("Today's Date 11/04/2019  Date of Test:\t11/03/2019\n"
				+ "Rec#\tCyc#\tStep\tTest (Sec)\tAmps\tVolts\tState\tDPt Time\n"
				+ "1\t0\t1\t0\t0\t3.3\tR\t11/03/2019 01:59:50\n" + "2\t0\t1\t20\t0\t3.3\tR\t11/03/2019 01:00:10\n",
				"dst.001");

		assertThat(parsed.rows).extracting(TimeSeriesRow::testTimeSeconds).containsExactly(0.0, 20.0);
		assertThat(parsed.rows.get(1).timestamp()).isEqualTo(LocalDateTime.of(2019, 11, 3, 1, 0, 10));
	}

	@Test
	void readsCsvResavesWithByteOrderMarkThousandsSeparatorsAndTwelveHourClocks() {
		String csv = "\uFEFF\"Today's Date 10/10/2019  Date of Test:\",10/10/2019\n"
				+ "Rec#,Cyc#,Step,Test (Sec),Amp-hr,Watt-hr,Amps,Volts,State,DPt Time\n"
				+ "1,1,2,\"1,234.5\",1.5,5.5,2.0,4.1,C,3/5/2020 1:02:03 PM\n"
				+ "2,1,3,\"1,240.0\",0.5,1.5,-2.0,3.9,D,3/5/2020 12:02:08 AM\n";
		Parsed parsed = Parsed.text(csv, "export.csv");

		assertThat(parsed.format).isEqualTo(InstrumentFormat.MACCOR_TEXT);
		assertThat(parsed.rows).hasSize(2);
		assertThat(parsed.rows.get(0).testTimeSeconds()).isEqualTo(1234.5);
		assertThat(parsed.rows.get(0).timestamp()).isEqualTo(LocalDateTime.of(2020, 3, 5, 13, 2, 3));
		assertThat(parsed.rows.get(1).timestamp()).isEqualTo(LocalDateTime.of(2020, 3, 5, 0, 2, 8));
		assertThat(parsed.cycles.cycles()).containsExactly(new CycleCapacity(1, 1.5, 0.5, false));
	}

	@Test
	void toleratesJunkBytesInAKeyValuePreambleAndBlankLines() {
		byte[] preamble = "Today's Date 10/10/2019\nOperator:\tJ\u00fcrgen \u00ff\u0001\nDate of Test:\t10/09/2019\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] data = ("Rec#\tCyc#\tStep\tTest (Sec)\tAmps\tVolts\tState\t\n\n" + "1\t0\t1\t0\t0\t3.3\tR\t\n\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] file = new byte[preamble.length + data.length];
		System.arraycopy(preamble, 0, file, 0, preamble.length);
		System.arraycopy(data, 0, file, preamble.length, data.length);

		Parsed parsed = Parsed.bytes(file, "junk.012");

		assertThat(parsed.rows).hasSize(1);
		assertThat(parsed.metadata().channel()).isEqualTo(12);
		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2019, 10, 9, 0, 0));
	}

	@Test
	void namesTheLineAndColumnOfAMalformedRow() {
		String file = ONE_LINE_HEADER
				+ "1\t0\t1\t0.0\t0.0\t0.0\t0.0\t0.0\t3.3\tR\t0\t10/10/2019 10:00:00\t0\tN/A\r\n"
				+ "2\t0\t1\t5.0\t5.0\t0.0\t0.0\tgarbage\t3.3\tR\t0\t10/10/2019 10:00:05\t0\tN/A\r\n";

		assertThatExceptionOfType(ParseException.class).isThrownBy(() -> Parsed.text(file, "x.052"))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(4))
			.withMessageContaining("line 4")
			.withMessageContaining("Amps")
			.withMessageContaining("garbage");
	}

	@Test
	void aFileWithoutColumnLineFailsClearly() {
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> Parsed.text("Today's Date 10/10/2019\nno columns here\n", "x.052"))
			.withMessageContaining("no column header line");
	}

	@Test
	void aColumnLineWithoutTestTimeFailsNamingIt() {
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> Parsed.text("Today's Date 10/10/2019\nRec#\tCyc#\tAmps\tVolts\n", "x.052"))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(2))
			.withMessageContaining("test-time");
	}

	@Test
	void checksThatTheFilesOfOneTestAreInOrder() throws Exception {
		List<TestParts.Part> parts = TestParts
			.inOrder(List.of(Parsed.resourcePath("maccor_example.001"), Parsed.resourcePath("maccor_example.002")));

		assertThat(parts).extracting(TestParts.Part::fileNumber).containsExactly(0, 1);
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> TestParts.inOrder(
					List.of(Parsed.resourcePath("maccor_example.002"), Parsed.resourcePath("maccor_example.001"))))
			.withMessageContaining("not in correct order");
	}

}
