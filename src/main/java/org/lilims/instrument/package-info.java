/**
 * Instrument files (cycler, potentiostat and deposition-controller exports) detected by content and parsed, streaming,
 * into normalised time series, impedance points and file metadata.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "storage" })
package org.lilims.instrument;
