package org.lilims.process;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lilims.sample.Consumption;
import org.lilims.sample.Derivation;
import org.lilims.sample.NewSample;
import org.lilims.sample.SampleKind;
import org.lilims.shared.InvalidInputException.FieldProblem;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;

import org.springframework.stereotype.Component;

import static org.lilims.process.ParameterDefinition.number;
import static org.lilims.process.ParameterDefinition.text;

/**
 * Roll-pressing (calendering) a Li foil to a thinner foil between release foils in the dry room. The metal's volume
 * is conserved, so the pressed area is the used area times the thickness ratio.
 */
@Component
class RollPressing implements StepType {

	static final String NAME = "ROLL_PRESSING";

	private static final StepDefinition DEFINITION = new StepDefinition(NAME, "Roll-pressing",
			"Roll-press a Li foil to a thinner foil (e.g. 500 → 130 µm) between release foils.", true,
			List.of(new InputSlot("foil", "Foil", Set.of(SampleKind.LI_FOIL_LOT, SampleKind.ROLL_PRESSED_FOIL), 1, 1,
					null)),
			List.of(number("finalThicknessUm", "Final thickness", "µm").mandatory().between("1", "5000"),
					number("initialThicknessUm", "Initial thickness (default: the input's)", "µm").between("1", "5000"),
					text("releaseFoil", "Release foil").describedAs("e.g. siliconised PET"),
					text("calender", "Calender"), number("rollGapUm", "Roll gap", "µm").between("0", "5000"),
					number("passes", "Passes", "pcs").between("1", "100").whole(),
					number("dewPointC", "Dry-room dew point", "°C").between("-100", "20")),
			Set.of(SampleKind.ROLL_PRESSED_FOIL));

	@Override
	public StepDefinition definition() {
		return DEFINITION;
	}

	@Override
	public void check(Context context, List<FieldProblem> problems) {
		BigDecimal initial = initialThickness(context);
		BigDecimal target = context.number("finalThicknessUm");
		if (initial != null && target != null && target.compareTo(initial) >= 0) {
			problems.add(new FieldProblem("parameters.finalThicknessUm", "must be less than the initial thickness ("
					+ initial.toPlainString() + " µm): roll-pressing makes a foil thinner"));
		}
	}

	@Override
	public @Nullable Quantity defaultConsumption(Context context, Input input) {
		return null;
	}

	@Override
	public List<Derivation.Output> outputs(Context context, List<Consumption> consumed) {
		Quantity used = consumed.get(0).amount().to(Unit.SQUARE_CENTIMETRE);
		BigDecimal initial = initialThickness(context);
		BigDecimal target = context.number("finalThicknessUm");
		BigDecimal area = (initial != null) ? used.value().multiply(initial).divide(target, MathContext.DECIMAL64)
				: used.value();
		Map<String, Object> parameters = new LinkedHashMap<>(context.parameters());
		if (initial != null) {
			parameters.put("initialThicknessUm", initial);
		}
		parameters.put("thicknessUm", target);
		return List.of(Derivation.Output.fromAllInputs(new NewSample(SampleKind.ROLL_PRESSED_FOIL,
				(context.name() != null) ? context.name() : "Li_rp",
				new Quantity(area.setScale(4, java.math.RoundingMode.HALF_UP), Unit.SQUARE_CENTIMETRE), null,
				context.location(), context.notes(), parameters)));
	}

	private static @Nullable BigDecimal initialThickness(Context context) {
		BigDecimal given = context.number("initialThicknessUm");
		if (given != null || context.inRole("foil").isEmpty()) {
			return given;
		}
		return SampleParameters.number(context.inRole("foil").get(0).sample(), "thicknessUm");
	}

}
