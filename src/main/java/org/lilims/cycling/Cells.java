package org.lilims.cycling;

import java.util.Locale;

import org.lilims.sample.SampleApi;
import org.lilims.sample.SampleKind;
import org.lilims.sample.SampleStatus;
import org.lilims.sample.SampleView;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Asks the sample module whether a code names a cell that tests and plans may be attached to.
 */
@Component
class Cells {

	static final String FIELD = "cellCode";

	private final SampleApi samples;

	Cells(SampleApi samples) {
		this.samples = samples;
	}

	/**
	 * @throws NotFoundException when no sample has that code
	 * @throws InvalidInputException naming {@code cellCode} when the sample is not a cell
	 */
	SampleView cell(String code) {
		return requireCell(code, this.samples.find(code)
			.orElseThrow(() -> new NotFoundException("No cell with code " + code)));
	}

	/**
	 * Like {@link #cell(String)} for a code sent in a request's body: an unknown code is invalid input too.
	 * @throws InvalidInputException naming {@code cellCode} when no cell has that code
	 */
	SampleView cellFromInput(String code) {
		return requireCell(code, this.samples.find(code)
			.orElseThrow(() -> new InvalidInputException(FIELD, "no sample has the code " + code)));
	}

	private static SampleView requireCell(String code, SampleView sample) {
		if (sample.kind() != SampleKind.CELL) {
			throw new InvalidInputException(FIELD, code + " is a sample of kind " + sample.kind() + " ("
					+ sample.kind().label().toLowerCase(Locale.ROOT) + "), not a " + SampleKind.CELL);
		}
		return sample;
	}

	/** Like {@link #cell(String)}, and the cell must still exist physically. */
	SampleView availableCell(String code) {
		SampleView cell = cell(code);
		if (cell.status() != SampleStatus.AVAILABLE) {
			throw new InvalidInputException(FIELD, code + " is " + cell.status().name().toLowerCase(Locale.ROOT)
					+ " and can no longer be tested");
		}
		return cell;
	}

}
