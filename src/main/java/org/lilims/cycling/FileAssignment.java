package org.lilims.cycling;

import org.jspecify.annotations.Nullable;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.sample.SampleView;
import org.lilims.shared.InvalidInputException;

import org.springframework.stereotype.Service;

/**
 * A person assigns a gateway file to its cell: one waiting in the inbox, or one linked to the wrong cell. The gateway
 * does not know cells, so the code is checked here.
 */
@Service
class FileAssignment {

	private final InstrumentFiles files;

	private final Cells cells;

	FileAssignment(InstrumentFiles files, Cells cells) {
		this.files = files;
		this.cells = cells;
	}

	/**
	 * @throws org.lilims.shared.NotFoundException when there is no such file
	 * @throws InvalidInputException naming {@code cellCode} when the code names no cell
	 * @throws org.lilims.shared.ConflictException when the file is not parsed
	 */
	InstrumentFileView assign(long fileId, @Nullable String cellCode) {
		this.files.find(fileId);
		if (cellCode == null || cellCode.isBlank()) {
			throw new InvalidInputException(Cells.FIELD, "is required: the code of the cell the file belongs to");
		}
		SampleView cell = this.cells.cellFromInput(cellCode.trim());
		return this.files.assign(fileId, cell.code());
	}

}
