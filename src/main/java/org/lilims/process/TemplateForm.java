package org.lilims.process;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lilims.process.StepTemplateService.TemplateRequest;
import org.lilims.process.StepTemplateService.TemplateView;

/**
 * Backing object of the admin's step-template form: the template and a fixed number of parameter rows, of which
 * blank ones are ignored.
 */
class TemplateForm {

	static final int PARAMETER_ROWS = 12;

	private @Nullable String name;

	private @Nullable String label;

	private @Nullable String description;

	private List<String> inputKinds = new ArrayList<>();

	private @Nullable Integer minInputs;

	private @Nullable Integer maxInputs;

	private @Nullable String produces;

	private boolean active = true;

	private @Nullable Long version;

	private List<Row> parameters = new ArrayList<>();

	TemplateForm() {
		padRows();
	}

	static TemplateForm of(TemplateView view) {
		TemplateForm form = new TemplateForm();
		StepDefinition definition = view.definition();
		form.name = definition.name();
		form.label = definition.label();
		form.description = definition.description();
		form.inputKinds = definition.inputs().isEmpty() ? new ArrayList<>()
				: definition.inputs().get(0).kinds().stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.toCollection(ArrayList::new));
		form.minInputs = definition.inputs().isEmpty() ? 0 : definition.inputs().get(0).min();
		form.maxInputs = definition.inputs().isEmpty() ? 0 : definition.inputs().get(0).max();
		form.produces = definition.produces().isEmpty() ? null : definition.produces().iterator().next().name();
		form.active = view.active();
		form.version = view.version();
		form.parameters = new ArrayList<>(definition.parameters().stream().map(Row::of).toList());
		form.padRows();
		return form;
	}

	private void padRows() {
		while (this.parameters.size() < PARAMETER_ROWS) {
			this.parameters.add(new Row());
		}
	}

	TemplateRequest toRequest() {
		List<ParameterDefinition> definitions = this.parameters.stream()
			.filter(row -> row.getName() != null && !row.getName().isBlank())
			.map(Row::toDefinition)
			.toList();
		return new TemplateRequest(this.name, this.label, this.description, this.inputKinds, this.minInputs,
				this.maxInputs, this.produces, definitions, this.active, this.version);
	}

	public @Nullable String getName() {
		return this.name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getLabel() {
		return this.label;
	}

	public void setLabel(@Nullable String label) {
		this.label = label;
	}

	public @Nullable String getDescription() {
		return this.description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public List<String> getInputKinds() {
		return this.inputKinds;
	}

	public void setInputKinds(@Nullable List<String> inputKinds) {
		this.inputKinds = (inputKinds != null) ? inputKinds : new ArrayList<>();
	}

	public @Nullable Integer getMinInputs() {
		return this.minInputs;
	}

	public void setMinInputs(@Nullable Integer minInputs) {
		this.minInputs = minInputs;
	}

	public @Nullable Integer getMaxInputs() {
		return this.maxInputs;
	}

	public void setMaxInputs(@Nullable Integer maxInputs) {
		this.maxInputs = maxInputs;
	}

	public @Nullable String getProduces() {
		return this.produces;
	}

	public void setProduces(@Nullable String produces) {
		this.produces = produces;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public @Nullable Long getVersion() {
		return this.version;
	}

	public void setVersion(@Nullable Long version) {
		this.version = version;
	}

	public List<Row> getParameters() {
		return this.parameters;
	}

	public void setParameters(List<Row> parameters) {
		this.parameters = parameters;
	}

	/**
	 * One parameter row of the form.
	 */
	public static class Row {

		private @Nullable String name;

		private @Nullable String label;

		private ParameterType type = ParameterType.NUMBER;

		private @Nullable String unit;

		private boolean required;

		private @Nullable BigDecimal min;

		private @Nullable BigDecimal max;

		private @Nullable String choices;

		static Row of(ParameterDefinition definition) {
			Row row = new Row();
			row.name = definition.name();
			row.label = definition.label();
			row.type = definition.type();
			row.unit = definition.unit();
			row.required = definition.required();
			row.min = definition.min();
			row.max = definition.max();
			row.choices = String.join(", ", definition.choices());
			return row;
		}

		ParameterDefinition toDefinition() {
			List<String> options = (this.choices == null || this.choices.isBlank()) ? List.of()
					: Arrays.stream(this.choices.split(",")).map(String::trim).filter(option -> !option.isEmpty()).toList();
			return new ParameterDefinition(this.name.trim(), (this.label != null) ? this.label.trim() : null, this.type,
					(this.unit == null || this.unit.isBlank()) ? null : this.unit.trim(), this.required, this.min,
					this.max, false, options, List.of(), null);
		}

		public @Nullable String getName() {
			return this.name;
		}

		public void setName(@Nullable String name) {
			this.name = name;
		}

		public @Nullable String getLabel() {
			return this.label;
		}

		public void setLabel(@Nullable String label) {
			this.label = label;
		}

		public ParameterType getType() {
			return this.type;
		}

		public void setType(ParameterType type) {
			this.type = type;
		}

		public @Nullable String getUnit() {
			return this.unit;
		}

		public void setUnit(@Nullable String unit) {
			this.unit = unit;
		}

		public boolean isRequired() {
			return this.required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public @Nullable BigDecimal getMin() {
			return this.min;
		}

		public void setMin(@Nullable BigDecimal min) {
			this.min = min;
		}

		public @Nullable BigDecimal getMax() {
			return this.max;
		}

		public void setMax(@Nullable BigDecimal max) {
			this.max = max;
		}

		public @Nullable String getChoices() {
			return this.choices;
		}

		public void setChoices(@Nullable String choices) {
			this.choices = choices;
		}

	}

}
