package org.lilims.instrument;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class BiologicMptParserTests {

	private static final String GCPL_COLUMNS = "mode\tox/red\tNs\ttime/s\tcontrol/V/mA\tEwe/V\t<I>/mA\t"
			+ "Q charge/discharge/mA.h\tQ discharge/mA.h\tQ charge/mA.h\tEnergy charge/W.h\tEnergy discharge/W.h\t"
			+ "Cs/\u00B5F\tcycle number\t\n";

	@Test
	void readsTheImpedancePyExampleInto43PointsWithSignedImaginaryParts() {
		Parsed parsed = Parsed.resource("biologic", "exampleDataBioLogic.mpt");

		assertThat(parsed.format).isEqualTo(InstrumentFormat.BIOLOGIC_MPT);
		assertThat(parsed.rows).isEmpty();
		assertThat(parsed.points).hasSize(43).allSatisfy(point -> assertThat(point.spectrum()).isEqualTo(1));
		ImpedancePoint first = parsed.points.get(0);
		assertThat(first.frequencyHertz()).isEqualTo(1000.3201);
		assertThat(first.realOhms()).isEqualTo(65.470886);
		assertThat(first.imaginaryOhms()).isEqualTo(-0.38998979);
		assertThat(first.magnitudeOhms()).isEqualTo(65.472046);
		assertThat(first.phaseDegrees()).isEqualTo(-0.34128919);
		assertThat(first.testTimeSeconds()).isCloseTo(0.7836904905780102, within(1e-15));
		ImpedancePoint last = parsed.points.get(42);
		assertThat(last.frequencyHertz()).isEqualTo(0.01689554);
		assertThat(last.realOhms()).isEqualTo(110.97003);
		assertThat(last.imaginaryOhms()).isEqualTo(-2.3458567);
		FileMetadata metadata = parsed.metadata();
		assertThat(metadata.procedure()).isEqualTo("Potentio Electrochemical Impedance Spectroscopy");
		assertThat(metadata.startTime()).isEqualTo(LocalDateTime.of(2018, 2, 4, 10, 2, 46));
		assertThat(metadata.signConvention()).contains("signed Im(Z)");
		assertThat(parsed.warnings).isEmpty();
	}

	@Test
	void joinsTheLinesOfAMultiLineComment() {
		BiologicMptHeader header = BiologicMptHeader.parse(java.util.List.of("", "Open Circuit Voltage", "",
				"Run on channel : 13 (SN 15939)", "Comments : 25\u00B0C", "Comments : Al bot, SS top, ",
				"Comments : CELL-0042", "Cycle Definition : Charge/Discharge alternance"));

		assertThat(header.comment()).isEqualTo("25\u00B0C\nAl bot, SS top,\nCELL-0042");
		assertThat(header.channel()).isEqualTo(13);
		assertThat(BiologicMptHeader.parse(java.util.List.of("", "Wait", "Comments : ")).comment()).isNull();
	}

	@Test
	void readsADecimalCommaFileWithSlashesInColumnNamesAndConvertsUnitsToSi() {
		String data = "1\t1\t2\t1,5E+001\t1,0E+000\t3,4228721E+000\t-2,5E+002\t-1,5E-001\t1,5E-001\t0,0E+000\t"
				+ "0,0E+000\t4,0E-004\t1,2E+000\t1,000000000000000E+000\n";
		Parsed parsed = Parsed.text(mpt("Galvanostatic Cycling with Potential Limitation",
				"Acquisition started on : 01/10/2024 11:02:29.886", GCPL_COLUMNS) + data, BiologicMptParser.WINDOWS_1252,
				"gcpl.mpt");

		assertThat(parsed.rows).hasSize(1);
		TimeSeriesRow row = parsed.rows.get(0);
		assertThat(row.testTimeSeconds()).isEqualTo(15.0);
		assertThat(row.voltageVolts()).isEqualTo(3.4228721);
		assertThat(row.currentAmperes()).isCloseTo(-0.25, within(1e-12));
		assertThat(row.kind()).isEqualTo(StepKind.DISCHARGE);
		assertThat(row.dischargeCapacityAmpHours()).isCloseTo(1.5e-4, within(1e-15));
		assertThat(row.chargeCapacityAmpHours()).isZero();
		assertThat(row.energyWattHours()).isCloseTo(4.0e-4, within(1e-15));
		assertThat(row.cycle()).isEqualTo(1);
		assertThat(row.step()).isEqualTo(2);
		assertThat(row.state()).isEqualTo("1");
		assertThat(row.extras().get("control/V/mA")).isEqualTo("1.0E+000");
		assertThat(row.extras().get("Q charge/discharge/mA.h")).isEqualTo("-1.5E-001");
		assertThat(row.extras().get("ox/red")).isEqualTo("1");
		assertThat(row.extras().names()).contains("Cs/\u00B5F");
		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2024, 1, 10, 11, 2, 29, 886_000_000));
	}

	@Test
	void headerOnlyFilesAndOldDatesAreValid() {
		Parsed parsed = Parsed.text(mpt("Wait", "Acquisition started on : 03/02/2021 16:17:59",
				"mode\terror\ttime/s\tEwe/V\tI/mA\t\n"), BiologicMptParser.WINDOWS_1252, "wait.mpt");

		assertThat(parsed.rows).isEmpty();
		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2021, 3, 2, 16, 17, 59));
		assertThat(parsed.metadata().procedure()).isEqualTo("Wait");
	}

	@Test
	void everyLineOfAMultiLineCommentIsKept() {
		String text = "EC-Lab ASCII FILE\nNb header lines : 9\n\nOpen Circuit Voltage\n"
				+ "Comments : 25\u00B0C\nComments : cell CC-0042, Al bot\nComments : \nComments : 1 C\n"
				+ "time/s\tEwe/V\n1\t3.1\n";
		Parsed parsed = Parsed.text(text, BiologicMptParser.WINDOWS_1252, "ocv.mpt");

		assertThat(parsed.metadata().comment()).isEqualTo("25\u00B0C\ncell CC-0042, Al bot\n\n1 C");
		assertThat(parsed.rows).hasSize(1);
	}

	@Test
	void aStartThatIsNotADateIsLeftOut() {
		Parsed parsed = Parsed.text(mpt("Wait", "Acquisition started on : DD/MM/YYYY HH:MM:SS",
				"time/s\tEwe/V\n") + "1\t2", BiologicMptParser.WINDOWS_1252, "wait.mpt");

		assertThat(parsed.metadata().startTime()).isNull();
		assertThat(parsed.rows).singleElement().satisfies(row -> {
			assertThat(row.voltageVolts()).isEqualTo(2.0);
			assertThat(row.kind()).isEqualTo(StepKind.OTHER);
		});
	}

	@Test
	void dropsZeroFrequencyPointsWithAWarningAndSplitsSpectra() {
		String columns = "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\ttime/s\tcycle number\t\n";
		String data = "0\t0\t0\t1\t1\n1000\t1\t0.5\t2\t1\n10\t2\t1\t3\t1\n1000\t1.1\t0.6\t4\t1\n"
				+ "10\t2.1\t1.1\t5\t1\n0\t0\t0\t6\t2\n10\t3\t1\t7\t2\n1\t4\t2\t8\t2";
		Parsed parsed = Parsed.text(mpt("Galvano Electrochemical Impedance Spectroscopy", "", columns) + data,
				BiologicMptParser.WINDOWS_1252, "geis.mpt");

		assertThat(parsed.points).extracting(ImpedancePoint::spectrum).containsExactly(1, 1, 2, 2, 3, 3);
		assertThat(parsed.points.get(0).imaginaryOhms()).isEqualTo(-0.5);
		assertThat(parsed.points.get(0).magnitudeOhms()).isEqualTo(Math.hypot(1, 0.5));
		assertThat(parsed.warnings).singleElement().asString().contains("dropped 2 rows with freq/Hz = 0");
	}

	@Test
	void theParseCommandReportsTheWarnings() throws java.io.IOException {
		String data = "0\t0\t0\n1000\t1\t0.5\n";
		FileSummary summary = new FileSummary();
		InstrumentFormat format = InstrumentParsers.parse(
				new java.io.ByteArrayInputStream(
						(mpt("PEIS", "", "freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n") + data).getBytes(BiologicMptParser.WINDOWS_1252)),
				"peis.mpt", java.time.ZoneOffset.UTC, summary);

		assertThat(ParseCommand.report(format, summary).get("warnings"))
			.isEqualTo(java.util.List.of("dropped 1 rows with freq/Hz = 0 (first at line 7)"));
		// rows are the file's data rows, the point at 0 Hz among them
		assertThat(ParseCommand.report(format, summary)).containsEntry("rows", 2L).containsEntry("droppedRows", 1L);
		assertThat(summary.spectra.spectra()).singleElement()
			.satisfies(spectrum -> assertThat(spectrum.points()).isEqualTo(1));
	}

	@Test
	void anImpedanceTechniqueWithoutFrequenciesIsAnError() {
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> Parsed.text(mpt("Potentio Electrochemical Impedance Spectroscopy", "",
					"time/s\tRe(Z)/Ohm\t-Im(Z)/Ohm\n") + "1\t2\t3\n", "peis.mpt"))
			.satisfies(ex -> assertThat(ex.lineNumber()).isEqualTo(6))
			.withMessageContaining("without a freq/Hz column");
	}

	@Test
	void aHeaderLongerThanTheFileIsAnError() {
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> Parsed.text("EC-Lab ASCII FILE\nNb header lines : 40\n\nWait\n", "x.mpt"))
			.withMessageContaining("header lines");
	}

	/** A header of six lines: title, count, blank, technique, the given line, then the column line. */
	private static String mpt(String technique, String line, String columns) {
		return "EC-Lab ASCII FILE\nNb header lines : 6                          \n\n" + technique + "\n" + line + "\n"
				+ columns;
	}

}
