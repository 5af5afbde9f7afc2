package org.lilims.process;

import java.math.BigDecimal;
import java.math.MathContext;
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
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;

import org.springframework.stereotype.Component;

import static org.lilims.process.ParameterDefinition.number;
import static org.lilims.process.ParameterDefinition.text;

/**
 * Punching round electrodes (e.g. Ø12 mm) from a foil or a cathode sheet. Uses count · π · r² of the sheet unless the
 * request says otherwise (offcuts); the electrodes carry their area and, from a cathode, their capacity.
 */
@Component
class Punching implements StepType {

	static final String NAME = "PUNCHING";

	static final String LI_METAL = "LI_METAL";

	static final String CATHODE = "CATHODE";

	private static final StepDefinition DEFINITION = new StepDefinition(NAME, "Electrode punching",
			"Punch round electrodes from a foil or cathode sheet.", true,
			List.of(new InputSlot("sheet", "Foil or sheet", Set.of(SampleKind.LI_FOIL_LOT, SampleKind.ROLL_PRESSED_FOIL,
					SampleKind.COATED_FOIL, SampleKind.CATHODE_SHEET_LOT), 1, 1, "count · π · (diameter/2)²")),
			List.of(number("diameterMm", "Diameter", "mm").mandatory().between("1", "100"),
					number("count", "Number of electrodes", "pcs").mandatory().between("1", "100000").whole(),
					text("punch", "Punch tool")),
			Set.of(SampleKind.ELECTRODE));

	@Override
	public StepDefinition definition() {
		return DEFINITION;
	}

	@Override
	public @Nullable Quantity defaultConsumption(Context context, Input input) {
		return new Quantity(electrodeAreaCm2(context).multiply(context.number("count")).setScale(4, RoundingMode.HALF_UP),
				Unit.SQUARE_CENTIMETRE);
	}

	/** π · r², with r = diameter / 2 converted from mm to cm. */
	static BigDecimal electrodeAreaCm2(Context context) {
		BigDecimal radiusCm = context.number("diameterMm").divide(BigDecimal.valueOf(20), MathContext.DECIMAL64);
		return BigDecimal.valueOf(Math.PI).multiply(radiusCm.pow(2), MathContext.DECIMAL64);
	}

	@Override
	public List<Derivation.Output> outputs(Context context, List<Consumption> consumed) {
		SampleView sheet = context.inRole("sheet").get(0).sample();
		BigDecimal area = electrodeAreaCm2(context).setScale(6, RoundingMode.HALF_UP);
		Map<String, Object> parameters = new LinkedHashMap<>(context.parameters());
		parameters.put("areaCm2", area);
		boolean cathode = sheet.kind() == SampleKind.CATHODE_SHEET_LOT;
		parameters.put("electrodeType", cathode ? CATHODE : LI_METAL);
		inherit(sheet, parameters, "thicknessUm", "arealCapacityMahPerCm2", "massLoadingMgPerCm2", "activeMaterial",
				"specificCapacityMahPerG");
		BigDecimal arealCapacity = SampleParameters.number(sheet, "arealCapacityMahPerCm2");
		if (arealCapacity != null) {
			parameters.put("capacityMah", arealCapacity.multiply(area).setScale(4, RoundingMode.HALF_UP));
		}
		String name = (context.name() != null) ? context.name()
				: SampleParameters.nameOf(sheet) + " Ø" + context.number("diameterMm").toPlainString();
		return List.of(Derivation.Output.fromAllInputs(new NewSample(SampleKind.ELECTRODE, name,
				new Quantity(context.number("count"), Unit.PIECES), sheet.coatingVariant(), context.location(),
				context.notes(), parameters)));
	}

	private static void inherit(SampleView sheet, Map<String, Object> parameters, String... names) {
		for (String name : names) {
			Object value = sheet.parameters().get(name);
			if (value != null) {
				parameters.putIfAbsent(name, value);
			}
		}
	}

}
