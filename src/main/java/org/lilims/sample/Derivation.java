package org.lilims.sample;

import java.util.List;

/**
 * What a process step did to samples: it consumed parts of its inputs and produced new samples. The same input may
 * be listed more than once (two electrodes of one batch in a symmetric cell).
 *
 * @param stepId the step's id in the process module
 * @param stepType the step's type name
 * @param projectCode the project the produced samples belong to
 * @param consumed what was used
 * @param outputs what was made
 */
public record Derivation(long stepId, String stepType, String projectCode, List<Consumption> consumed,
		List<Output> outputs) {

	public Derivation {
		consumed = List.copyOf(consumed);
		outputs = List.copyOf(outputs);
	}

	/**
	 * A sample the step made.
	 *
	 * @param sample the sample
	 * @param parents codes of the inputs it was made from; empty means every input
	 */
	public record Output(NewSample sample, List<String> parents) {

		public Output {
			parents = List.copyOf(parents);
		}

		public static Output fromAllInputs(NewSample sample) {
			return new Output(sample, List.of());
		}

	}

}
