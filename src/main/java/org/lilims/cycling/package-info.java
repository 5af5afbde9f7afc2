/**
 * Cycling tests and EIS measurement plans on cells: cycler channel, protocol, status and the cycles to measure at.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "sample", "shared", "instrument" })
@org.jspecify.annotations.NullMarked
package org.lilims.cycling;
