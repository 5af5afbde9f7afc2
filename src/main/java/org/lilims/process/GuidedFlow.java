package org.lilims.process;

import java.util.Map;
import java.util.Optional;

import org.lilims.sample.SampleKind;

/**
 * The lab's common path, foil lot → roll-pressing → coating → punching → assembly → post-mortem: which step usually
 * comes next for a kind of sample.
 */
final class GuidedFlow {

	private static final Map<SampleKind, String> NEXT = Map.of(SampleKind.LI_FOIL_LOT, RollPressing.NAME,
			SampleKind.ROLL_PRESSED_FOIL, PvdCoating.NAME, SampleKind.COATED_FOIL, Punching.NAME,
			SampleKind.CATHODE_SHEET_LOT, Punching.NAME, SampleKind.ELECTRODE, CellAssembly.NAME, SampleKind.CELL,
			PostMortem.NAME);

	private GuidedFlow() {
	}

	static Optional<String> nextStep(SampleKind kind) {
		return Optional.ofNullable(NEXT.get(kind));
	}

}
