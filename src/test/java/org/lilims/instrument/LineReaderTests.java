package org.lilims.instrument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineReaderTests {

	@Test
	void splitsLfAndCrlfLinesWithoutAFinalNewlineAndDropsTheByteOrderMark() throws IOException {
		assertThat(lines("\uFEFFa\r\nbc\n\nd", false)).containsExactly("a", "bc", "", "d");
	}

	@Test
	void findsNewlinesAtEveryOffsetEvenWhenTheStreamDeliversOneByteAtATime() throws IOException {
		StringBuilder text = new StringBuilder();
		List<String> expected = new ArrayList<>();
		for (int length = 0; length < 40; length++) {
			String line = "x".repeat(length);
			expected.add(line);
			text.append(line).append((length % 2 == 0) ? "\n" : "\r\n");
		}
		assertThat(lines(text.toString(), false)).containsExactlyElementsOf(expected);
		assertThat(lines(text.toString(), true)).containsExactlyElementsOf(expected);
	}

	@Test
	void growsItsBufferForLongLines() throws IOException {
		String longLine = "7\t".repeat(100_000);
		assertThat(lines("head\n" + longLine + "\ntail", false)).containsExactly("head", longLine, "tail");
	}

	private static List<String> lines(String text, boolean oneByteAtATime) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		InputStream in = new ByteArrayInputStream(bytes) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				return super.read(b, off, oneByteAtATime ? Math.min(len, 1) : len);
			}
		};
		LineReader reader = new LineReader(in);
		List<String> lines = new ArrayList<>();
		while (reader.next()) {
			lines.add(reader.text());
		}
		return lines;
	}

}
