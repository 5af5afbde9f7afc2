package org.lilims.storage;

import org.springframework.core.io.InputStreamSource;

/**
 * One file to store: where to read it from and what the uploader said about it.
 *
 * @param content source of the bytes, e.g. an uploaded part; opened once
 * @param meta name and declared media type
 */
public record Upload(InputStreamSource content, FileMeta meta) {

}
