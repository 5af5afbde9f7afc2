package org.lilims.storage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypesTests {

	private static final byte[] PNG_HEAD = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 };

	@Test
	void contentSignatureWinsOverTheDeclaredType() {
		assertThat(MediaTypes.decide(PNG_HEAD, new FileMeta("image.bin", "application/octet-stream")))
			.isEqualTo("image/png");
	}

	@Test
	void declaredTypeIsUsedWhenTheContentHasNoSignature() {
		assertThat(MediaTypes.decide("cycle;V".getBytes(), new FileMeta("data.txt", "text/csv"))).isEqualTo("text/csv");
	}

	@Test
	void fileNameIsTheLastResort() {
		assertThat(MediaTypes.decide("cycle;V".getBytes(), new FileMeta("data.csv", null))).isEqualTo("text/csv");
	}

	@Test
	void imageTypesNeedTheirSignature() {
		assertThat(MediaTypes.decide("<html>".getBytes(), new FileMeta("evil.png", "image/png")))
			.isEqualTo("application/octet-stream");
	}

	@Test
	void fileNamesLoseClientPathsAndControlCharacters() {
		assertThat(new FileMeta("C:\\Users\\lab\\SEM 01.tif", null).originalName()).isEqualTo("SEM 01.tif");
		assertThat(new FileMeta("a\nb.txt", null).originalName()).isEqualTo("ab.txt");
		assertThat(new FileMeta("  ", null).originalName()).isEqualTo("unnamed");
	}

}
