package org.lilims.instrument;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CellsTests {

	@Test
	void parsesNumbersExactlyAsDoubleParseDouble() {
		Random random = new Random(42);
		for (int i = 0; i < 20_000; i++) {
			String text = String.format(java.util.Locale.ROOT, "%." + random.nextInt(12) + "f",
					(random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8)));
			assertThat(cell(text).number(0)).as(text).isEqualTo(Double.parseDouble(text));
		}
	}

	@Test
	void readsLongExponentAndSeparatedNumbers() {
		assertThat(cell("0.12345678901234567890").number(0)).isEqualTo(0.12345678901234567890);
		assertThat(cell("1.5E-05").number(0)).isEqualTo(1.5e-5);
		assertThat(cell("\"1,234.5\"").number(0)).isEqualTo(1234.5);
		assertThat(cell(" -4.84 ").number(0)).isEqualTo(-4.84);
	}

	@Test
	void missingCellsAreNaN() {
		assertThat(cell("N/A").number(0)).isNaN();
		assertThat(cell("").number(0)).isNaN();
		assertThat(cell("1").number(3)).isNaN();
	}

	@Test
	void rejectsText() {
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> cell("abc").number(0));
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> cell("NaN").number(0));
		assertThatExceptionOfType(NumberFormatException.class).isThrownBy(() -> cell("-").number(0));
	}

	@Test
	void splitsQuotedCellsHoldingTheDelimiter() {
		Cells cells = new Cells(',');
		byte[] line = "1,\"2,500.25\",x".getBytes(StandardCharsets.ISO_8859_1);
		cells.split(line, 0, line.length);

		assertThat(cells.count()).isEqualTo(3);
		assertThat(cells.number(1)).isEqualTo(2500.25);
		assertThat(cells.string(2)).isEqualTo("x");
	}

	private static Cells cell(String text) {
		Cells cells = new Cells('\t');
		byte[] line = text.getBytes(StandardCharsets.ISO_8859_1);
		cells.split(line, 0, line.length);
		return cells;
	}

}
