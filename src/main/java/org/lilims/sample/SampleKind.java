package org.lilims.sample;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.Dimension;
import org.lilims.shared.Unit;

/**
 * What a sample is. Each kind has its own code prefix ({@code LI-0001}) and the unit its stock is counted in.
 */
public enum SampleKind {

	/** Li metal foil as bought. */
	LI_FOIL_LOT("LI", "Li foil lot", Unit.SQUARE_CENTIMETRE, true),

	/** Cathode sheet as bought or cast, e.g. NMC622 95/2/3. */
	CATHODE_SHEET_LOT("CA", "Cathode sheet lot", Unit.SQUARE_CENTIMETRE, true),

	/** Electrolyte bottle, e.g. 1 M LiPF6 in EC/EMC 3:7. */
	ELECTROLYTE_LOT("EY", "Electrolyte lot", Unit.MICROLITRE, true),

	/** Separator roll or discs. */
	SEPARATOR_LOT("SP", "Separator lot", Unit.PIECES, true),

	/** Li foil after roll-pressing ({@code Li_rp}). */
	ROLL_PRESSED_FOIL("RP", "Roll-pressed foil", Unit.SQUARE_CENTIMETRE, false),

	/** Foil with a PVD coating (LN, LZ, LZLN, ...). */
	COATED_FOIL("CT", "Coated foil", Unit.SQUARE_CENTIMETRE, false),

	/** Electrodes punched from a foil or sheet, counted in pieces. */
	ELECTRODE("EL", "Electrodes", Unit.PIECES, false),

	/** An assembled coin cell. */
	CELL("CC", "Cell", Unit.PIECES, false),

	/** A specimen cut from a disassembled cell for post-mortem analysis. */
	POST_MORTEM_SPECIMEN("PM", "Post-mortem specimen", Unit.PIECES, false);

	private final String codePrefix;

	private final String label;

	private final Unit stockUnit;

	private final boolean lot;

	private final Pattern codeInText;

	SampleKind(String codePrefix, String label, Unit stockUnit, boolean lot) {
		this.codePrefix = codePrefix;
		this.label = label;
		this.stockUnit = stockUnit;
		this.lot = lot;
		// a code between separators such as _ . / or spaces, not inside a longer word or number
		this.codeInText = Pattern.compile("(?i)(?<![A-Z0-9])" + codePrefix + "-\\d{4,}(?!\\d)");
	}

	/**
	 * The first code of this kind written in free text (a file name, path or comment), upper-cased; null if none.
	 */
	public @Nullable String codeIn(@Nullable String text) {
		if (text == null) {
			return null;
		}
		Matcher matcher = this.codeInText.matcher(text);
		return matcher.find() ? matcher.group().toUpperCase(Locale.ROOT) : null;
	}

	public String codePrefix() {
		return this.codePrefix;
	}

	public String label() {
		return this.label;
	}

	/** The unit remaining stock is kept in; quantities of the same dimension are converted to it. */
	public Unit stockUnit() {
		return this.stockUnit;
	}

	public Dimension stockDimension() {
		return this.stockUnit.dimension();
	}

	/** Whether samples of this kind come from outside (bought or received) rather than from a step. */
	public boolean isLot() {
		return this.lot;
	}

}
