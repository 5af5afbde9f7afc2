package org.lilims.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;

import org.springframework.util.MultiValueMap;

/**
 * What a generated form holds: the submitted values and the error messages, both by the field names the API uses
 * ({@code parameters.layers[1].rateNmPerS}, {@code inputs[0].consumed.value}), so that the services' field problems
 * land next to their fields. Rows left blank are not sent, so the indices the service reports are mapped back to the
 * form's rows.
 */
class FormState {

	/** Fields the generated forms show; problems of other fields go to the top of the form. */
	private static final Pattern SHOWN = Pattern.compile("(name|location|notes|operator|kind|quantity(\\.value|\\.unit)?"
			+ "|inputs\\[\\d+]\\.(code|role|consumed(\\.value|\\.unit)?)|parameters\\.\\w+(\\[\\d+]\\.\\w+)?)");

	private static final Pattern ROW = Pattern.compile("^(.+?\\[)(\\d+)(].*)$");

	private final Map<String, String> values = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final List<String> globalErrors = new ArrayList<>();

	/** Request row prefix ({@code inputs[0]}) to form row prefix ({@code inputs[2]}). */
	private final Map<String, String> rowsSent = new LinkedHashMap<>();

	static FormState of(MultiValueMap<String, String> submitted) {
		FormState form = new FormState();
		submitted.forEach((field, values) -> {
			if (!field.startsWith("_") && !values.isEmpty()) {
				form.values.put(field, values.get(0));
			}
		});
		return form;
	}

	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	public boolean checked(String field) {
		return !value(field).isBlank() && !"false".equals(value(field));
	}

	public @Nullable String error(String field) {
		return this.errors.get(field);
	}

	public boolean hasError(String field) {
		return this.errors.containsKey(field);
	}

	public List<String> globalErrors() {
		return this.globalErrors;
	}

	/** How many rows of the repeatable group {@code field} to show: those submitted, at least {@code minimum}. */
	public int rows(String field, int minimum) {
		int rows = minimum;
		String prefix = field + "[";
		for (String key : this.values.keySet()) {
			if (key.startsWith(prefix)) {
				int end = key.indexOf(']', prefix.length());
				rows = Math.max(rows, Integer.parseInt(key.substring(prefix.length(), end)) + 1);
			}
		}
		return rows;
	}

	/** The row indices of the group that were submitted, in order. */
	List<Integer> rowIndices(String field) {
		return java.util.stream.IntStream.range(0, rows(field, 0))
			.filter(i -> this.values.keySet().stream().anyMatch(key -> key.startsWith(field + "[" + i + "]")))
			.boxed()
			.toList();
	}

	@Nullable String text(String field) {
		String value = value(field).trim();
		return value.isEmpty() ? null : value;
	}

	void put(String field, String value) {
		this.values.put(field, value);
	}

	/** Notes that request row {@code sent} of a group is form row {@code shown}. */
	void rowSent(String group, int sent, int shown) {
		this.rowsSent.put(group + "[" + sent + "]", group + "[" + shown + "]");
	}

	void reject(String field, String message) {
		if (SHOWN.matcher(field).matches()) {
			this.errors.putIfAbsent(field, message);
		}
		else {
			this.globalErrors.add(field.equals("inputs") ? message : field + " " + message);
		}
	}

	void reject(InvalidInputException ex) {
		ex.problems().forEach(problem -> reject(formField(problem.field()), problem.message()));
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty() || !this.globalErrors.isEmpty();
	}

	private String formField(String requestField) {
		Matcher row = ROW.matcher(requestField);
		if (row.matches()) {
			String sent = row.group(1) + row.group(2) + "]";
			String shown = this.rowsSent.get(sent);
			if (shown != null) {
				return shown + row.group(3).substring(1);
			}
		}
		return requestField;
	}

}
