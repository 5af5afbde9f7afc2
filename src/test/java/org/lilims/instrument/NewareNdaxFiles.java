package org.lilims.instrument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small synthetic {@code .ndax} files for hand-checkable tests, laid out as {@link NewareNdcStream} reads them.
 */
final class NewareNdaxFiles {

	static final String TEST_INFO = """
			<?xml version="1.0" encoding="GB2312"?>
			<root><config type="Test Info File" version="1">
			<TestInfo DevID="27" UnitID="0" ChlID="5" StepName="form.xml" StartTime="2024-11-18 12:43:31" \
			Barcode="LI-0042" AuxCount="1">
			<Aux1 AuxID="1" RealChlID="9" ChlType="103" />
			</TestInfo></config></root>
			""";

	private NewareNdaxFiles() {
	}

	/** A ZIP of the entries, given as name, content, name, content... in that order. */
	static byte[] zip(Object... namesAndContents) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
				zip.write((byte[]) namesAndContents[i + 1]);
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] testInfo() {
		return TEST_INFO.getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * An ndc stream of one data page: the header page, then a page counting {@code records.length} records of
	 * {@code recordBytes} from {@code firstOffset}, each filled by its writer (little-endian, positioned at 0).
	 */
	@SafeVarargs
	static byte[] ndc(int type, int version, int firstOffset, int recordBytes, Consumer<ByteBuffer>... records) {
		int page = NewareNdcStream.PAGE_BYTES;
		ByteBuffer file = ByteBuffer.allocate(2 * page).order(ByteOrder.LITTLE_ENDIAN);
		file.put(0, (byte) type).put(2, (byte) version);
		file.putShort(page, (short) (type + 1)).putShort(page + 2, (short) records.length);
		for (int i = 0; i < records.length; i++) {
			ByteBuffer record = file.slice(page + firstOffset + i * recordBytes, recordBytes)
				.order(ByteOrder.LITTLE_ENDIAN);
			records[i].accept(record);
		}
		return file.array();
	}

}
