package org.lilims.instrument;

/**
 * File formats recognised by {@link FormatDetector}, with the parser that reads each.
 */
public enum InstrumentFormat {

	/** MACCOR tab-separated text export (MIMS), any header variant. */
	MACCOR_TEXT,

	/** MACCOR AC impedance (FRA) export, e.g. {@code *.EDA0001.041}. */
	MACCOR_EIS,

	/** Arbin CSV from Arbin's SQL store ({@code Data_Point,Test_Time,...}). */
	ARBIN_CSV,

	/** Arbin metadata CSV companion ({@code ,Test_ID,Device_ID,IV_Ch_ID,...}): metadata only, no rows. */
	ARBIN_METADATA_CSV,

	/** Arbin MITS Pro {@code .res} file (MS Access / Jet 4 database, {@code Standard Jet DB}). */
	ARBIN_RES,

	/** Neware BTS flat CSV export ({@code DataPoint,Cycle Index,Step Index,Step Type,...}). */
	NEWARE_CSV,

	/**
	 * Neware BTS hierarchical export: cycle, step and record rows under three header lines, told apart by their indent
	 * ({@code Cycle ID,...} / {@code ,Step ID,...} / {@code ,,Record ID,...}), comma- or tab-separated.
	 */
	NEWARE_HIERARCHICAL_CSV,

	/** Neware BTS 7.x binary file ({@code .nda}, {@code NEWARE} signature, version byte 29). */
	NEWARE_NDA,

	/**
	 * Neware BTS 8 {@code .ndax}: a ZIP of XML files and binary {@code .ndc} streams, {@code data.ndc} of version 5 or
	 * 14.
	 */
	NEWARE_NDAX,

	/** Battery Data Format CSV ({@code Quantity / unit} headers). */
	BDF_CSV,

	/** Plain impedance CSV (frequency, Re, Im or |Z|, phase), with or without header; no standard. */
	EIS_CSV,

	/** BioLogic EC-Lab text export ({@code .mpt}, {@code EC-Lab ASCII FILE}), any locale. */
	BIOLOGIC_MPT,

	/** BioLogic EC-Lab binary file ({@code .mpr}, {@code BIO-LOGIC MODULAR FILE}). */
	BIOLOGIC_MPR,

	/**
	 * Inficon SQC-310 deposition-controller data log, per-layer blocks opening with {@code Start: ... Date:}; an
	 * unverified layout written from descriptions (no public log).
	 */
	INFICON_SQC310,

	/** Nothing recognised: store the file untouched, marked unparsed. */
	UNKNOWN;

	/** Whether files of this format log a deposition (they belong to a coating run, not to a cell). */
	public boolean isDepositionLog() {
		return this == INFICON_SQC310;
	}

}
