package org.lilims.storage;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Preview images of stored files: PNG and JPEG as they are; TIFF (common for SEM and EDX images, which browsers
 * cannot show) converted to a downscaled PNG when the Java runtime has a TIFF reader.
 */
@Component
class Previews {

	/** Longest edge of a converted preview; the reader skips pixels, so large images are never fully decoded. */
	static final int MAX_EDGE_PIXELS = 1024;

	private static final Set<String> AS_IS = Set.of(MediaTypes.PNG, MediaTypes.JPEG);

	private final FileStore files;

	private final boolean tiffReadable;

	Previews(FileStore files) {
		this.files = files;
		this.tiffReadable = ImageIO.getImageReadersByMIMEType(MediaTypes.TIFF).hasNext();
	}

	boolean hasPreview(StoredFile file) {
		return AS_IS.contains(file.mediaType()) || (this.tiffReadable && MediaTypes.TIFF.equals(file.mediaType()));
	}

	/**
	 * @param content the preview image
	 * @param mediaType its type
	 */
	record Preview(Resource content, MediaType mediaType) {
	}

	Optional<Preview> of(StoredFile file) {
		if (!hasPreview(file)) {
			return Optional.empty();
		}
		if (AS_IS.contains(file.mediaType())) {
			return Optional.of(new Preview(this.files.content(file.id()), MediaType.parseMediaType(file.mediaType())));
		}
		try (InputStream in = this.files.open(file.id())) {
			return convert(in).map(png -> new Preview(new ByteArrayResource(png), MediaType.IMAGE_PNG));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not convert " + file.originalName() + " for preview", ex);
		}
	}

	static Optional<byte[]> convert(InputStream content) throws IOException {
		try (ImageInputStream images = ImageIO.createImageInputStream(content)) {
			Iterator<ImageReader> readers = (images != null) ? ImageIO.getImageReaders(images) : null;
			if (readers == null || !readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(images, true, true);
				int longestEdge = Math.max(reader.getWidth(0), reader.getHeight(0));
				ImageReadParam param = reader.getDefaultReadParam();
				int step = Math.max(1, (longestEdge + MAX_EDGE_PIXELS - 1) / MAX_EDGE_PIXELS);
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				ByteArrayOutputStream png = new ByteArrayOutputStream();
				return ImageIO.write(image, "png", png) ? Optional.of(png.toByteArray()) : Optional.empty();
			}
			finally {
				reader.dispose();
			}
		}
	}

}
