package org.lilims.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.lilims.shared.InvalidInputException.FieldProblem;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;

import org.springframework.stereotype.Component;

import static org.lilims.process.ParameterDefinition.choice;
import static org.lilims.process.ParameterDefinition.number;
import static org.lilims.process.ParameterDefinition.text;

/**
 * Coin-cell assembly in the glovebox: symmetric Li||Li cells, or full cells such as NMC622||Li, from a working and a
 * counter electrode, a separator stack and electrolyte.
 */
@Component
class CellAssembly implements StepType {

	static final String NAME = "CELL_ASSEMBLY";

	static final String SYMMETRIC = "SYMMETRIC";

	static final String FULL_CELL = "FULL_CELL";

	private static final StepDefinition DEFINITION = new StepDefinition(NAME, "Cell assembly",
			"Assemble a coin cell: symmetric Li||Li or a full cell (e.g. NMC622||Li).", true,
			List.of(new InputSlot("workingElectrode", "Working electrode", Set.of(SampleKind.ELECTRODE), 1, 1, "1 pcs"),
					new InputSlot("counterElectrode", "Counter electrode", Set.of(SampleKind.ELECTRODE), 1, 1, "1 pcs"),
					new InputSlot("separator", "Separator", Set.of(SampleKind.SEPARATOR_LOT), 0, 4, "1 pcs"),
					new InputSlot("electrolyte", "Electrolyte", Set.of(SampleKind.ELECTROLYTE_LOT), 0, 1,
							"the electrolyte volume")),
			List.of(choice("format", "Cell format", "CR2032", "CR2025", "CR2016", "POUCH", "SWAGELOK").mandatory(),
					choice("configuration", "Configuration", SYMMETRIC, FULL_CELL).mandatory(),
					number("electrolyteVolumeUl", "Electrolyte volume", "µL").mandatory().between("1", "10000"),
					text("separatorStack", "Separator stack").describedAs("e.g. Celgard 2325 + glass fibre"),
					number("gloveboxH2oPpm", "Glovebox H2O", "ppm").between("0", "1000"),
					number("gloveboxO2Ppm", "Glovebox O2", "ppm").between("0", "1000"),
					number("cathodeArealCapacityMahPerCm2", "Cathode areal capacity (default: the cathode's)",
							"mAh/cm²")
						.between("0", "100")),
			Set.of(SampleKind.CELL));

	@Override
	public StepDefinition definition() {
		return DEFINITION;
	}

	@Override
	public void check(Context context, List<FieldProblem> problems) {
		List<Input> electrodes = electrodes(context);
		long cathodes = electrodes.stream().filter(CellAssembly::isCathode).count();
		String configuration = context.text("configuration");
		if (SYMMETRIC.equals(configuration) && cathodes > 0) {
			problems.add(new FieldProblem("parameters.configuration",
					"a symmetric cell has two Li metal electrodes, but a cathode electrode was given"));
		}
		if (FULL_CELL.equals(configuration) && electrodes.size() == 2 && cathodes != 1) {
			problems.add(new FieldProblem("parameters.configuration",
					"a full cell needs exactly one cathode electrode (punched from a cathode sheet lot)"));
		}
	}

	@Override
	public @Nullable Quantity defaultConsumption(Context context, Input input) {
		if (input.role().equals("electrolyte")) {
			return new Quantity(context.number("electrolyteVolumeUl"), Unit.MICROLITRE);
		}
		return new Quantity(BigDecimal.ONE, Unit.PIECES);
	}

	@Override
	public List<Derivation.Output> outputs(Context context, List<Consumption> consumed) {
		SampleView working = context.inRole("workingElectrode").get(0).sample();
		SampleView counter = context.inRole("counterElectrode").get(0).sample();
		Map<String, Object> parameters = new LinkedHashMap<>(context.parameters());
		SampleView cathode = isCathode(context.inRole("workingElectrode").get(0)) ? working
				: isCathode(context.inRole("counterElectrode").get(0)) ? counter : null;
		SampleView anode = (cathode == working) ? counter : working;
		if (cathode != null) {
			putIfPresent(parameters, "cathodeArealCapacityMahPerCm2",
					SampleParameters.number(cathode, "arealCapacityMahPerCm2"));
			putIfPresent(parameters, "cathodeCapacityMah", SampleParameters.number(cathode, "capacityMah"));
			putIfPresent(parameters, "cathodeActiveMaterial", SampleParameters.text(cathode, "activeMaterial"));
			putIfPresent(parameters, "cathodeActiveMassMg", activeMassMg(cathode));
		}
		putIfPresent(parameters, "electrodeAreaCm2", SampleParameters.number(anode, "areaCm2"));
		putIfPresent(parameters, "anodeCoatingVariant", anode.coatingVariant());
		String name = (context.name() != null) ? context.name()
				: SampleParameters.nameOf(working) + "||" + SampleParameters.nameOf(counter);
		return List.of(Derivation.Output.fromAllInputs(new NewSample(SampleKind.CELL, name,
				new Quantity(BigDecimal.ONE, Unit.PIECES), anode.coatingVariant(), context.location(), context.notes(),
				parameters)));
	}

	// the sheet's active mass loading over the punched electrode's area: what specific capacities (mAh/g) divide by
	private static @Nullable BigDecimal activeMassMg(SampleView cathode) {
		BigDecimal loading = SampleParameters.number(cathode, "massLoadingMgPerCm2");
		BigDecimal area = SampleParameters.number(cathode, "areaCm2");
		return (loading != null && area != null) ? loading.multiply(area).setScale(4, RoundingMode.HALF_UP) : null;
	}

	private static void putIfPresent(Map<String, Object> parameters, String name, @Nullable Object value) {
		if (value != null) {
			parameters.putIfAbsent(name, value);
		}
	}

	private static List<Input> electrodes(Context context) {
		return context.inputs()
			.stream()
			.filter(input -> input.role().equals("workingElectrode") || input.role().equals("counterElectrode"))
			.toList();
	}

	private static boolean isCathode(Input input) {
		return Punching.CATHODE.equals(SampleParameters.text(input.sample(), "electrodeType"));
	}

}
