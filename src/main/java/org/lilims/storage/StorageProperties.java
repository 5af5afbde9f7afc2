package org.lilims.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where LiLIMS keeps files.
 *
 * @param localDir directory of the local file store, laid out by hash prefix ({@code ab/cd/abcd...}); default
 * {@code <LIMS_DATA_DIR>/files}
 */
@ConfigurationProperties("lilims.storage")
record StorageProperties(@DefaultValue("./data/files") Path localDir) {

}
