package org.lilims.instrument;

/**
 * File formats recognised by {@link FormatDetector}, with the parser that reads each.
 */
public enum InstrumentFormat {

	/** MACCOR tab-separated text export (MIMS), any header variant. */
	MACCOR_TEXT,

	/** MACCOR AC impedance (FRA) export, e.g. {@code *.EDA0001.041}. */
	MACCOR_EIS,

	/** BioLogic EC-Lab text export ({@code .mpt}, {@code EC-Lab ASCII FILE}), any locale. */
	BIOLOGIC_MPT,

	/** BioLogic EC-Lab binary file ({@code .mpr}, {@code BIO-LOGIC MODULAR FILE}). */
	BIOLOGIC_MPR,

	/** Nothing recognised: store the file untouched, marked unparsed. */
	UNKNOWN

}
