package org.lilims.instrument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ParallelSummaryTests {

	@TempDir
	Path directory;

	@Test
	void slicesGiveTheSameSummaryAsOneSequentialRead() throws IOException {
		Path file = this.directory.resolve("export.052");
		MaccorExportGenerator.write(file, 12_345);

		assertSameAsSequential(file);
	}

	@Test
	void slicesDeriveTheSameCyclesWhenTheFileNumbersNone() throws IOException {
		Path file = this.directory.resolve("export.052");
		MaccorExportGenerator.write(file, 7_777, false);

		FileSummary summary = assertSameAsSequential(file);
		assertThat(summary.cycles.derived()).isTrue();
		assertThat(summary.cycles.cycles()).hasSize(8);
	}

	@Test
	void aMalformedSliceLeavesTheFileToTheSequentialReader() throws IOException {
		Path file = this.directory.resolve("export.052");
		MaccorExportGenerator.write(file, 5_000);
		Files.writeString(file, "garbage\tline\r\n", StandardCharsets.ISO_8859_1, StandardOpenOption.APPEND);

		assertThat(ParallelSummary.summarise(file, 0, 3)).isEmpty();
	}

	@Test
	void smallOrOtherFilesAreNotSliced() throws IOException {
		Path file = this.directory.resolve("export.052");
		MaccorExportGenerator.write(file, 10);

		assertThat(ParallelSummary.summarise(file, ParallelSummary.MIN_BYTES, 2)).isEmpty();
		assertThat(ParallelSummary.summarise(file, 0, 1)).isEmpty();
		assertThat(ParallelSummary.summarise(Parsed.resourcePath("maccor_test_file_4267-66-6519.EDA0001.041"), 0, 2))
			.isEmpty();
	}

	private static FileSummary assertSameAsSequential(Path file) throws IOException {
		FileSummary sequential = new FileSummary();
		InstrumentParsers.parse(file, sequential);
		for (int slices = 2; slices <= 7; slices++) {
			FileSummary sliced = ParallelSummary.summarise(file, 0, slices).orElseThrow();
			assertThat(sliced.rows).as("%d slices", slices).isEqualTo(sequential.rows);
			assertThat(sliced.cycles.cycles()).as("%d slices", slices).isEqualTo(sequential.cycles.cycles());
			assertThat(sliced.metadata).isEqualTo(sequential.metadata);
			assertThat(sliced.firstTimestamp).isEqualTo(sequential.firstTimestamp);
		}
		return sequential;
	}

}
