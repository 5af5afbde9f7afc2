package org.lilims.instrument;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

class BiologicMprParserTests {

	@Test
	void readsTheNavaniOpenCircuitFileOfEcLab1150() {
		Parsed parsed = Parsed.resource("biologic", "00_test_01_OCV_C01.mpr");

		assertThat(parsed.format).isEqualTo(InstrumentFormat.BIOLOGIC_MPR);
		assertThat(parsed.rows).hasSize(2);
		TimeSeriesRow first = parsed.rows.get(0);
		assertThat(first.lineNumber()).isEqualTo(1);
		assertThat(first.state()).isEqualTo("3");
		assertThat(first.kind()).isEqualTo(StepKind.REST);
		assertThat(first.testTimeSeconds()).isZero();
		assertThat(first.voltageVolts()).isEqualTo(-0.37380898f);
		assertThat(parsed.rows.get(1).testTimeSeconds()).isEqualTo(5.593199858703883);
		assertThat(parsed.rows.get(1).voltageVolts()).isEqualTo(-0.37328216f);
		assertThat(first.extras().names()).containsExactly("error");
		assertThat(parsed.metadata().format()).isEqualTo(InstrumentFormat.BIOLOGIC_MPR);
	}

	@Test
	void takesTheStartTimeFromTheLogModuleAfterTheData() {
		Parsed parsed = Parsed.resource("biologic", "00_test_01_OCV_C01.mpr");

		assertThat(parsed.metadata().startTime()).isEqualTo(LocalDateTime.of(2023, 12, 7, 14, 22, 24, 183_000_000));
	}

	@Test
	void takesTechniqueAndChannelFromTheSettingsAndLogModules() {
		Parsed parsed = Parsed.resource("biologic", "00_test_01_OCV_C01.mpr");

		// the file name says C01; EC-Lab's text export names the technique on its line 4
		assertThat(parsed.metadata().procedure()).isEqualTo("Open Circuit Voltage");
		assertThat(parsed.metadata().channel()).isEqualTo(1);
		assertThat(parsed.metadata().comment()).isNull();
		assertThat(parsed.metadata().sourceFileName()).startsWith("C:\\Data\\")
			.endsWith("\\Data_Electrochemistry\\00_test_01_OCV_C01.mpr");
	}

	@Test
	void readsTheCommentsAsLinesAndTheZeroBasedChannel() throws java.io.IOException {
		byte[] comment = "25\u00B0C\r\nCELL-0042 \r\n".getBytes(BiologicMptParser.WINDOWS_1252);
		ByteBuffer settings = ByteBuffer.allocate(300).put(0, (byte) 30).put(7, (byte) comment.length).put(8, comment);
		byte[] log = new byte[600];
		log[9] = 12;
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes(magic());
		file.writeBytes(module("VMP Set", 0, settings.array()));
		file.writeBytes(module("VMP LOG", 0, log));

		BiologicMprHeader header = BiologicMprHeader.read(new java.io.ByteArrayInputStream(file.toByteArray()));

		assertThat(header.technique()).isEqualTo("Galvano Electrochemical Impedance Spectroscopy");
		assertThat(header.comment()).isEqualTo("25\u00B0C\nCELL-0042");
		assertThat(header.channel()).isEqualTo(13);
		assertThat(header.startTime()).isNull();
		assertThat(header.sourceFileName()).isNull();
		assertThat(BiologicMprHeader.technique(new byte[] { (byte) 200 })).isEqualTo("EC-Lab technique 200");
	}

	@Test
	void derivesTheCycleFromTheHalfCycleWhenThereIsNoCycleNumber() {
		ByteBuffer records = ByteBuffer.allocate(4 * 12).order(ByteOrder.LITTLE_ENDIAN);
		for (int halfCycle = 0; halfCycle < 4; halfCycle++) {
			records.putDouble(halfCycle * 10.0).putInt(halfCycle);
		}
		Parsed parsed = Parsed.bytes(mpr(3, new int[] { 4, 468 }, 4, records.array()), "gcpl.mpr");

		assertThat(parsed.rows).extracting(TimeSeriesRow::cycle).containsExactly(0, 0, 1, 1);
		assertThat(parsed.rows.get(3).extras().get("half cycle")).isEqualTo("3");
	}

	@Test
	void derivesTheMeanCurrentFromTheChargeStepWhenThereIsNoCurrentColumn() {
		ByteBuffer records = ByteBuffer.allocate(3 * 16).order(ByteOrder.LITTLE_ENDIAN);
		records.putDouble(0).putDouble(0).putDouble(10).putDouble(0.001).putDouble(40).putDouble(-0.003);
		Parsed parsed = Parsed.bytes(mpr(3, new int[] { 4, 7 }, 3, records.array()), "gcpl.mpr");

		// 0.001 mA.h in 10 s is 0.36 mA, -0.003 mA.h in 30 s -0.36 mA; the first point has no step
		assertThat(parsed.rows.get(0).currentAmperes()).isZero();
		assertThat(parsed.rows.get(1).currentAmperes()).isCloseTo(3.6e-4, within(1e-15));
		assertThat(parsed.rows.get(2).currentAmperes()).isCloseTo(-3.6e-4, within(1e-15));
		assertThat(parsed.rows).extracting(TimeSeriesRow::kind)
			.containsExactly(StepKind.REST, StepKind.CHARGE, StepKind.DISCHARGE);
	}

	@Test
	void takesTheFirstLogOffsetThatFallsOnTheSettingsDate() {
		ByteBuffer log = ByteBuffer.allocate(600).order(ByteOrder.LITTLE_ENDIAN);
		log.putDouble(465, 1e300).putDouble(469, 45000.5).putDouble(585, 45001.25);

		// 45000.5 days after 1899-12-30 is 2023-03-15 12:00; 45001.25 is the next day, 06:00
		assertThat(BiologicMprStart.startIn(log.array(), LocalDate.of(2023, 3, 15)))
			.contains(LocalDateTime.of(2023, 3, 15, 12, 0));
		assertThat(BiologicMprStart.startIn(log.array(), LocalDate.of(2023, 3, 16)))
			.contains(LocalDateTime.of(2023, 3, 16, 6, 0));
		assertThat(BiologicMprStart.startIn(log.array(), LocalDate.of(2020, 1, 1))).isEmpty();
		assertThat(BiologicMprStart.startIn(new byte[100], null)).isEmpty();
	}

	@Test
	void readsAVersion3DataModuleWithSharedFlagsAndTypedColumns() {
		ByteBuffer records = ByteBuffer.allocate(2 * 15).order(ByteOrder.LITTLE_ENDIAN);
		records.put((byte) 0x05).putDouble(1.5).putFloat(3.25f).putShort((short) 2);
		records.put((byte) 0x02).putDouble(2.5).putFloat(3.5f).putShort((short) 7);
		Parsed parsed = Parsed.bytes(mpr(3, new int[] { 1, 2, 4, 6, 131 }, 2, records.array()), "x.mpr");

		assertThat(parsed.rows).hasSize(2);
		assertThat(parsed.rows.get(0).state()).isEqualTo("1");
		assertThat(parsed.rows.get(0).extras().get("ox/red")).isEqualTo("1");
		assertThat(parsed.rows.get(0).testTimeSeconds()).isEqualTo(1.5);
		assertThat(parsed.rows.get(0).voltageVolts()).isEqualTo(3.25);
		assertThat(parsed.rows.get(0).step()).isEqualTo(2);
		assertThat(parsed.rows.get(1).state()).isEqualTo("2");
		assertThat(parsed.rows.get(1).extras().get("ox/red")).isEqualTo("0");
		assertThat(parsed.rows.get(1).step()).isEqualTo(7);
	}

	@Test
	void readsAnOldVersion0DataModuleWithSingleByteIds() {
		ByteBuffer records = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putDouble(4.0).putFloat(3.75f);
		Parsed parsed = Parsed.bytes(mpr(0, new int[] { 4, 6 }, 1, records.array()), "old.mpr");

		assertThat(parsed.rows).singleElement().satisfies(row -> {
			assertThat(row.testTimeSeconds()).isEqualTo(4.0);
			assertThat(row.voltageVolts()).isEqualTo(3.75);
		});
	}

	@Test
	void aFileWithoutRecordsIsValid() {
		Parsed parsed = Parsed.bytes(mpr(2, new int[] { 1, 3, 4, 6 }, 0, new byte[0]), "wait.mpr");

		assertThat(parsed.rows).isEmpty();
		assertThat(parsed.metadata().format()).isEqualTo(InstrumentFormat.BIOLOGIC_MPR);
	}

	@Test
	void anUnknownColumnIdIsNamed() {
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> Parsed.bytes(mpr(3, new int[] { 4, 9999 }, 0, new byte[0]), "x.mpr"))
			.withMessageContaining("unknown column ID 9999");
	}

	@Test
	void aDataModuleOfTheWrongLengthIsAnError() {
		assertThatExceptionOfType(ParseException.class)
			.isThrownBy(() -> Parsed.bytes(mpr(3, new int[] { 4 }, 2, new byte[8]), "x.mpr"))
			.withMessageContaining("does not hold 2 records of 8 bytes");
	}

	/** A file of one module, {@code VMP data} in the pre-11.50 layout: version 0 with u1 IDs, 2 and 3 with u2. */
	private static byte[] mpr(int version, int[] ids, int points, byte[] records) {
		int dataStart = switch (version) {
			case 0 -> 100;
			case 2 -> 405;
			default -> 406;
		};
		ByteBuffer data = ByteBuffer.allocate(dataStart + records.length).order(ByteOrder.LITTLE_ENDIAN);
		data.putInt(points).put((byte) ids.length);
		for (int id : ids) {
			if (version == 0) {
				data.put((byte) id);
			}
			else {
				data.putShort((short) id);
			}
		}
		data.position(dataStart);
		data.put(records);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(magic());
		out.writeBytes(module("VMP data", version, data.array()));
		return out.toByteArray();
	}

	private static byte[] magic() {
		byte[] magic = Arrays.copyOf("BIO-LOGIC MODULAR FILE\u001a".getBytes(StandardCharsets.ISO_8859_1), 52);
		Arrays.fill(magic, 23, 48, (byte) ' ');
		return magic;
	}

	/** A module in the pre-11.50 layout: names, length, version, date, body. */
	private static byte[] module(String name, int version, byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("MODULE".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(String.format("%-10s%-25s", name, name + " module").getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(body.length).putInt(version).array());
		out.writeBytes("03/02/21".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(body);
		return out.toByteArray();
	}

}
