package org.lilims.process;

import java.util.List;

import org.lilims.sample.SampleView;

/**
 * A step just recorded.
 *
 * @param stepId its id
 * @param type its type
 * @param produced codes of the samples it made
 * @param samples those samples
 */
record StepResult(long stepId, String type, List<String> produced, List<SampleView> samples) {
}
