package org.lilims.process;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.cycling.CyclingApi;
import org.lilims.cycling.CyclingProtocol;
import org.lilims.cycling.CyclingTestStatus;
import org.lilims.cycling.CyclingTestView;
import org.lilims.instrument.InstrumentFileState;
import org.lilims.instrument.InstrumentFileView;
import org.lilims.instrument.InstrumentFiles;
import org.lilims.process.ProcessApi.NewLot;
import org.lilims.process.ProcessApi.NewStep;
import org.lilims.process.ProcessApi.RecordedStep;
import org.lilims.process.ProcessApi.StepInput;
import org.lilims.shared.InvalidInputException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The in-process APIs a loader (the demo) uses record the same chain as the REST API: a lot, electrodes, a symmetric
 * cell, a running cycling test, and a cycler file routed to the cell by the gateway's rules.
 */
class InProcessApisIntegrationTests extends IntegrationTest {

	@Autowired
	ProcessApi process;

	@Autowired
	CyclingApi cycling;

	@Autowired
	InstrumentFiles files;

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void recordsLotsStepsTestsAndFilesLikeTheRestApi() throws Exception {
		String lot = this.process.receiveLot(new NewLot("LI_FOIL_LOT", "Li 500 µm", new BigDecimal("20"), "cm2",
				Map.of("supplier", "X", "supplierLot", "1", "thicknessUm", 500), null));
		RecordedStep punching = this.process.recordStep(new NewStep("PUNCHING", List.of(StepInput.of(lot)),
				Map.of("diameterMm", 12, "count", 4), null, null, null, null));
		String separator = this.process.receiveLot(new NewLot("SEPARATOR_LOT", null, new BigDecimal("5"), "pcs",
				Map.of("product", "Celgard 2325", "supplier", "Celgard"), null));
		String electrolyte = this.process.receiveLot(new NewLot("ELECTROLYTE_LOT", null, BigDecimal.ONE, "mL",
				Map.of("composition", "1 M LiPF6 in EC/EMC 3:7", "supplier", "E-Lyte"), null));
		String electrodes = punching.produced().get(0);
		RecordedStep assembly = this.process.recordStep(new NewStep("CELL_ASSEMBLY",
				List.of(new StepInput(electrodes, null, null, "workingElectrode"),
						new StepInput(electrodes, null, null, "counterElectrode"), StepInput.of(separator),
						StepInput.of(electrolyte)),
				Map.of("format", "CR2032", "configuration", "SYMMETRIC", "electrolyteVolumeUl", 60), null, null, null,
				null));
		String cell = assembly.produced().get(0);
		assertThat(cell).startsWith("CC-");

		String cycler = "MACCOR-" + UUID.randomUUID().toString().substring(0, 6);
		CyclingTestView test = this.cycling.plan(cell, cycler, "9", new CyclingProtocol.SymmetricPlatingStripping(
				BigDecimal.ONE, new BigDecimal("0.5"), new BigDecimal("1.5")), new BigDecimal("25"), 100);
		assertThat(this.cycling.changeStatus(test.id(), "RUNNING").status()).isEqualTo(CyclingTestStatus.RUNNING);

		byte[] export = (Files.readString(Path.of("src/test/resources/instrument/maccor/maccor_example.001"),
				java.nio.charset.StandardCharsets.ISO_8859_1) + "\n".repeat(7)).getBytes(
						java.nio.charset.StandardCharsets.ISO_8859_1);
		InstrumentFileView file = this.files.ingest(new ByteArrayInputStream(export), "run.009", cycler, "9", null,
				null);
		assertThat(file.state()).isEqualTo(InstrumentFileState.LINKED);
		assertThat(file.cellCode()).isEqualTo(cell);

		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.process.recordStep(new NewStep("PUNCHING", List.of(StepInput.of(lot)),
					Map.of("count", 4), null, null, null, null)))
			.satisfies(ex -> assertThat(ex.problems()).extracting(p -> p.field()).contains("parameters.diameterMm"));
	}

}
