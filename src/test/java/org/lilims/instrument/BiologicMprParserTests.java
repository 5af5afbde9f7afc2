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
		byte[] magic = Arrays.copyOf("BIO-LOGIC MODULAR FILE\u001a".getBytes(StandardCharsets.ISO_8859_1), 52);
		Arrays.fill(magic, 23, 48, (byte) ' ');
		out.writeBytes(magic);
		out.writeBytes("MODULE".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(String.format("%-10s%-25s", "VMP data", "VMP data module").getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(ByteBuffer.allocate(8)
			.order(ByteOrder.LITTLE_ENDIAN)
			.putInt(data.capacity())
			.putInt(version)
			.array());
		out.writeBytes("03/02/21".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(data.array());
		return out.toByteArray();
	}

}
