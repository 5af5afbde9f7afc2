/**
 * Plain-Java statistics of a study's arms (descriptive statistics, Welch's confidence interval of a change in %),
 * without Spring.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.study.statistics;
