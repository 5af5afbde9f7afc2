package org.lilims.analysis.symmetric;

/**
 * The shape of a half-cycle's voltage profile, in the terms of Wood et al. (ACS Cent. Sci. 2016, 2, 790): "peaking",
 * |V| highest at the start of the half-cycle and then falling to a plateau, and "arcing", |V| rising again toward
 * its end. The paper relates these shapes to changes of the dominant reaction (dissolution of deposited Li versus
 * pitting of the bulk electrode, and the nucleation that starts each) and to transport through accumulated dead Li;
 * this classification only measures the shape, with thresholds of its own
 * ({@link SymmetricCellAnalysisParameters#peakingFraction()},
 * {@link SymmetricCellAnalysisParameters#arcingFraction()}), not the paper's.
 */
public enum ProfileShape {

	/** Neither a tip at the start nor a rise toward the end. */
	FLAT,

	/** The tip (largest |V| before the plateau window) exceeds the middle |V| by the peaking fraction or more. */
	PEAKING,

	/** The late |V| exceeds the middle |V| by the arcing fraction or more. */
	ARCING,

	/** Both. */
	PEAKING_AND_ARCING,

	/** Too short to tell (no duration). */
	UNDEFINED

}
