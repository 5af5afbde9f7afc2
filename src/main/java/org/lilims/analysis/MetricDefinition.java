package org.lilims.analysis;

/**
 * What a headline metric means: shown as the metric's help text and served with it.
 *
 * @param name the metric's key in the API
 * @param label its name for people
 * @param unit its unit
 * @param definition how it is computed, as the literature defines it
 */
public record MetricDefinition(String name, String label, String unit, String definition) {
}
