package org.lilims.sample;

import java.util.List;
import java.util.Optional;

/**
 * What other modules may ask of the sample module.
 */
public interface SampleApi {

	/** Record a sample that no step made (a received lot) in a project the user may write to. */
	SampleView register(NewSample sample, String projectCode);

	/**
	 * Consume parts of the inputs and create the outputs as children of every input, all or nothing.
	 * @return the created samples, in the order of {@link Derivation#outputs()}
	 * @throws org.lilims.shared.InvalidInputException when an input is unknown, not available, in the wrong unit
	 * or has not enough left
	 */
	List<SampleView> derive(Derivation derivation);

	/** The sample, if it exists and the user may see its project. */
	Optional<SampleView> find(String code);

	/** The cells of a project, oldest first, if the user may see that project (else none). */
	List<SampleView> cellsOf(String projectCode);

	/** Ancestors ({@code up = true}) or descendants of a sample, at any depth. */
	LineageGraph lineage(String code, boolean up);

}
