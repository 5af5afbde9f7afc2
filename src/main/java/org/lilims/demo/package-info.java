/**
 * The demo: loads the simulated replay of a published coating study (the {@code simulator} module's
 * {@code CoatingStudyScenario}) into LiLIMS through the same paths as the lab's data: lots and steps through the
 * process module's validation, cycling tests, and every instrument file through the hardware gateway, so the analysis
 * computes the metrics from the simulated raw files.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "process", "cycling", "instrument", "simulator", "study", "storage" })
package org.lilims.demo;
