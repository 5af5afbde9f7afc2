package org.lilims.process;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lilims.sample.Consumption;
import org.lilims.sample.Derivation;
import org.lilims.sample.NewSample;
import org.lilims.sample.SampleKind;
import org.lilims.shared.InvalidInputException.FieldProblem;
import org.lilims.shared.Quantity;

import org.springframework.stereotype.Component;

import static org.lilims.process.ParameterDefinition.choice;
import static org.lilims.process.ParameterDefinition.list;
import static org.lilims.process.ParameterDefinition.number;
import static org.lilims.process.ParameterDefinition.text;

/**
 * A PVD (thermal evaporation) coating run: an ordered list of layers, each an evaporation (e.g. Zn 300 nm at
 * 0.5 nm/s, forming LiZn with the Li substrate) or a gas reaction (e.g. N2 at 500 mbar for 3 min on 100 nm Li,
 * forming Li3N). Each substrate becomes one coated foil.
 */
@Component
class PvdCoating implements StepType {

	static final String NAME = "PVD_COATING";

	static final String EVAPORATION = "EVAPORATION";

	static final String GAS_REACTION = "GAS_REACTION";

	private static final Pattern VARIANT = Pattern.compile("[A-Za-z0-9_+\\-]{1,32}");

	private static final StepDefinition DEFINITION = new StepDefinition(NAME, "PVD coating",
			"Coat foils by thermal evaporation: layers of evaporated material and gas reactions.", true,
			List.of(new InputSlot("substrate", "Substrate foil",
					Set.of(SampleKind.ROLL_PRESSED_FOIL, SampleKind.LI_FOIL_LOT, SampleKind.COATED_FOIL), 1, 20,
					"all that is left")),
			List.of(text("coatingVariant", "Coating variant").mandatory()
				.describedAs("LN (Li3N), LZ (LiZn), LZLN (LiZn + Li3N) or your own name"),
					text("chamber", "Chamber"), number("basePressureMbar", "Base pressure", "mbar").between("0", "1100"),
					list("layers", "Layers",
							choice("kind", "Layer kind", EVAPORATION, GAS_REACTION).mandatory(),
							text("material", "Material").describedAs("evaporated material, e.g. Zn or Li"),
							text("boat", "Boat").describedAs("e.g. W or Ta"),
							number("targetThicknessNm", "Target thickness", "nm").between("0", "100000"),
							number("measuredThicknessNm", "Measured thickness", "nm").between("0", "100000"),
							number("rateNmPerS", "Rate", "nm/s").between("0", "1000"),
							text("gas", "Gas").describedAs("e.g. N2"),
							number("pressureMbar", "Gas pressure", "mbar").between("0", "2000"),
							number("durationMin", "Duration", "min").between("0", "10000"))
						.mandatory()
						.between("1", "50")),
			Set.of(SampleKind.COATED_FOIL));

	@Override
	public StepDefinition definition() {
		return DEFINITION;
	}

	@Override
	public void check(Context context, List<FieldProblem> problems) {
		String variant = context.text("coatingVariant");
		if (variant != null && !VARIANT.matcher(variant).matches()) {
			problems.add(new FieldProblem("parameters.coatingVariant",
					"must be 1 to 32 letters, digits, '_', '+' or '-', e.g. LZLN"));
		}
		if (!(context.parameters().get("layers") instanceof List<?> layers)) {
			return;
		}
		for (int i = 0; i < layers.size(); i++) {
			if (layers.get(i) instanceof Map<?, ?> layer) {
				String field = "parameters.layers[" + i + "].";
				if (EVAPORATION.equals(layer.get("kind"))) {
					requireAll(layer, field, problems, "material", "targetThicknessNm", "rateNmPerS");
				}
				else if (GAS_REACTION.equals(layer.get("kind"))) {
					requireAll(layer, field, problems, "gas", "pressureMbar", "durationMin");
				}
			}
		}
	}

	private static void requireAll(Map<?, ?> layer, String field, List<FieldProblem> problems, String... names) {
		for (String name : names) {
			if (layer.get(name) == null) {
				problems.add(new FieldProblem(field + name, "is required for a " + layer.get("kind").toString()
					.toLowerCase()
					.replace('_', ' ') + " layer"));
			}
		}
	}

	@Override
	public @Nullable Quantity defaultConsumption(Context context, Input input) {
		return input.sample().remaining();
	}

	@Override
	public List<Derivation.Output> outputs(Context context, List<Consumption> consumed) {
		String variant = context.text("coatingVariant");
		Map<String, Object> parameters = new LinkedHashMap<>(context.parameters());
		parameters.put("coatingThicknessNm", totalThickness(context));
		return consumed.stream().map(used -> {
			Input substrate = context.inputs().stream().filter(i -> i.sample().code().equals(used.code())).findFirst().orElseThrow();
			Map<String, Object> inherited = new LinkedHashMap<>(parameters);
			BigDecimal foilThickness = SampleParameters.number(substrate.sample(), "thicknessUm");
			if (foilThickness != null) {
				inherited.put("thicknessUm", foilThickness);
			}
			String name = (context.name() != null) ? context.name() : "Li_" + variant;
			return new Derivation.Output(new NewSample(SampleKind.COATED_FOIL, name, used.amount(), variant,
					context.location(), context.notes(), inherited), List.of(used.code()));
		}).toList();
	}

	/** Sum of the evaporated layers, measured where known, else the target. */
	private static BigDecimal totalThickness(Context context) {
		BigDecimal total = BigDecimal.ZERO;
		if (context.parameters().get("layers") instanceof List<?> layers) {
			for (Object entry : layers) {
				if (entry instanceof Map<?, ?> layer && EVAPORATION.equals(layer.get("kind"))) {
					Object thickness = (layer.get("measuredThicknessNm") != null) ? layer.get("measuredThicknessNm")
							: layer.get("targetThicknessNm");
					if (thickness instanceof BigDecimal value) {
						total = total.add(value);
					}
				}
			}
		}
		return total;
	}

}
