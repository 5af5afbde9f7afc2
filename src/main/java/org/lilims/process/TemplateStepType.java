package org.lilims.process;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lilims.sample.Consumption;
import org.lilims.sample.Derivation;
import org.lilims.sample.NewSample;
import org.lilims.sample.SampleKind;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;

/**
 * A step type defined by a template. Pieces are used one at a time unless the request says otherwise; other stock
 * (area, volume) must be stated. The product, if the template has one, gets what was used when that is in its own
 * dimension (a treated foil has the area of the foil), otherwise one piece.
 */
record TemplateStepType(StepDefinition definition) implements StepType {

	static final String INPUT_ROLE = "input";

	static StepDefinition definitionOf(String name, String label, @Nullable String description,
			Set<SampleKind> inputKinds, int minInputs, int maxInputs, @Nullable SampleKind produces,
			List<ParameterDefinition> parameters) {
		List<InputSlot> inputs = (maxInputs == 0) ? List.of()
				: List.of(new InputSlot(INPUT_ROLE, "Input", inputKinds, minInputs, maxInputs, "1 pcs for pieces"));
		return new StepDefinition(name, label, (description != null) ? description : label, false, inputs, parameters,
				(produces != null) ? Set.of(produces) : Set.of());
	}

	@Override
	public @Nullable Quantity defaultConsumption(Context context, Input input) {
		return (input.sample().kind().stockUnit() == Unit.PIECES) ? new Quantity(BigDecimal.ONE, Unit.PIECES) : null;
	}

	@Override
	public List<Derivation.Output> outputs(Context context, List<Consumption> consumed) {
		if (this.definition.produces().isEmpty()) {
			return List.of();
		}
		SampleKind kind = this.definition.produces().iterator().next();
		Unit unit = kind.stockUnit();
		BigDecimal total = consumed.stream()
			.filter(used -> used.amount().unit().convertibleTo(unit))
			.map(used -> used.amount().to(unit).value())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		Quantity quantity = (total.signum() > 0) ? new Quantity(total, unit) : new Quantity(BigDecimal.ONE, Unit.PIECES);
		if (!quantity.unit().convertibleTo(unit)) {
			quantity = null;
		}
		String coating = consumed.stream()
			.map(used -> context.inputs().stream().filter(i -> i.sample().code().equals(used.code())).findFirst())
			.flatMap(java.util.Optional::stream)
			.map(input -> input.sample().coatingVariant())
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		return List.of(Derivation.Output.fromAllInputs(new NewSample(kind,
				(context.name() != null) ? context.name() : this.definition.label(), quantity, coating,
				context.location(), context.notes(), context.parameters())));
	}

}
