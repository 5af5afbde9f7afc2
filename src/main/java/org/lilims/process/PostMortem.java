package org.lilims.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lilims.sample.Consumption;
import org.lilims.sample.Derivation;
import org.lilims.sample.NewSample;
import org.lilims.sample.SampleKind;
import org.lilims.sample.SampleView;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;

import org.springframework.stereotype.Component;

import static org.lilims.process.ParameterDefinition.choice;
import static org.lilims.process.ParameterDefinition.list;
import static org.lilims.process.ParameterDefinition.number;
import static org.lilims.process.ParameterDefinition.text;

/**
 * Disassembling a cycled cell into specimens and recording the analyses made on them (cryo-FIB/SEM, EDX, ToF-SIMS,
 * Raman, ...). The cell is used up.
 */
@Component
class PostMortem implements StepType {

	static final String NAME = "POST_MORTEM";

	private static final StepDefinition DEFINITION = new StepDefinition(NAME, "Post-mortem",
			"Disassemble a cell after cycling into specimens and record the analyses made on them.", true,
			List.of(new InputSlot("cell", "Cell", Set.of(SampleKind.CELL), 1, 1, "1 pcs (the whole cell)")),
			List.of(number("cyclesBeforeDisassembly", "Cycles before disassembly", "pcs").between("0", "1000000").whole(),
					number("specimenCount", "Specimens cut", "pcs").mandatory().between("1", "50").whole(),
					text("observations", "Observations"),
					list("analyses", "Analyses",
							choice("technique", "Technique", "CRYO_FIB_SEM", "SEM", "EDX", "TOF_SIMS", "RAMAN", "XPS",
									"OPTICAL")
								.mandatory(),
							number("acceleratingVoltageKv", "Accelerating voltage", "kV").between("0", "300"),
							number("stageTemperatureC", "Stage temperature", "°C").between("-200", "500"),
							number("fibCurrentNa", "FIB current", "nA").between("0", "1000"),
							text("instrument", "Instrument"), text("observations", "Observations"))),
			Set.of(SampleKind.POST_MORTEM_SPECIMEN));

	@Override
	public StepDefinition definition() {
		return DEFINITION;
	}

	@Override
	public @Nullable Quantity defaultConsumption(Context context, Input input) {
		return new Quantity(BigDecimal.ONE, Unit.PIECES);
	}

	@Override
	public List<Derivation.Output> outputs(Context context, List<Consumption> consumed) {
		SampleView cell = context.inRole("cell").get(0).sample();
		int count = context.number("specimenCount").intValue();
		Map<String, Object> parameters = new LinkedHashMap<>(context.parameters());
		List<Derivation.Output> outputs = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			String name = (context.name() != null) ? context.name() + " " + i : cell.code() + " specimen " + i;
			outputs.add(Derivation.Output.fromAllInputs(new NewSample(SampleKind.POST_MORTEM_SPECIMEN, name,
					new Quantity(BigDecimal.ONE, Unit.PIECES), cell.coatingVariant(), context.location(),
					context.notes(), parameters)));
		}
		return outputs;
	}

}
