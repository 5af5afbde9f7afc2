package org.lilims.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lilims.process.StepRequests.InputRequest;
import org.lilims.process.StepRequests.LotRequest;
import org.lilims.process.StepRequests.QuantityInput;
import org.lilims.process.StepRequests.StepRequest;

/**
 * Turns the strings of a generated form into the requests the service takes: values stay strings (the parameter
 * validator parses them), lists become lists of rows, blank rows are left out.
 */
final class FormRequests {

	private FormRequests() {
	}

	static StepRequest step(String type, StepDefinition definition, FormState form) {
		List<InputRequest> inputs = new ArrayList<>();
		for (int row : form.rowIndices("inputs")) {
			String field = "inputs[" + row + "]";
			if (form.text(field + ".code") == null && form.text(field + ".consumed.value") == null) {
				continue;
			}
			form.rowSent("inputs", inputs.size(), row);
			inputs.add(new InputRequest(form.text(field + ".code"), quantity(form, field + ".consumed"),
					form.text(field + ".role")));
		}
		return new StepRequest(type, inputs, parameters(definition.parameters(), form), form.text("operator"), null,
				form.text("notes"), form.text("name"), form.text("location"));
	}

	static LotRequest lot(String kind, List<ParameterDefinition> definitions, FormState form) {
		return new LotRequest(kind, form.text("name"), quantity(form, "quantity"), parameters(definitions, form),
				form.text("location"), form.text("notes"));
	}

	private static Map<String, Object> parameters(List<ParameterDefinition> definitions, FormState form) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (ParameterDefinition definition : definitions) {
			String field = "parameters." + definition.name();
			if (definition.type() == ParameterType.LIST) {
				parameters.put(definition.name(), rows(definition, field, form));
			}
			else {
				parameters.put(definition.name(), value(definition, field, form));
			}
		}
		return parameters;
	}

	private static List<Map<String, Object>> rows(ParameterDefinition list, String field, FormState form) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int row : form.rowIndices(field)) {
			Map<String, Object> values = new LinkedHashMap<>();
			boolean blank = true;
			for (ParameterDefinition item : list.items()) {
				String itemField = field + "[" + row + "]." + item.name();
				String value = value(item, itemField, form);
				blank &= value.isBlank() || item.type() == ParameterType.BOOLEAN;
				values.put(item.name(), value);
			}
			if (!blank) {
				form.rowSent(field, rows.size(), row);
				rows.add(values);
			}
		}
		return rows;
	}

	private static String value(ParameterDefinition definition, String field, FormState form) {
		return (definition.type() == ParameterType.BOOLEAN) ? Boolean.toString(form.checked(field)) : form.value(field);
	}

	/** {@code null} when no amount is given; an unreadable number is sent as missing and reported by the service. */
	private static @Nullable QuantityInput quantity(FormState form, String field) {
		String value = form.text(field + ".value");
		if (value == null) {
			return null;
		}
		try {
			return new QuantityInput(new BigDecimal(value.replace(',', '.')), form.text(field + ".unit"));
		}
		catch (NumberFormatException ex) {
			form.reject(field + ".value", "must be a number, not '" + value + "'");
			return new QuantityInput(null, form.text(field + ".unit"));
		}
	}

}
