/**
 * Studies: cells grouped into arms by their genealogy and protocol (anode coating, configuration, current density),
 * compared per headline metric with descriptive statistics and the change versus a reference arm.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "project", "sample", "cycling", "analysis" })
package org.lilims.study;
