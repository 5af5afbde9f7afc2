package org.lilims.process;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The step types LiLIMS knows: the built-in ones (each a {@link StepType} bean) and the active templates that
 * administrators defined.
 */
@Component
class StepCatalog {

	private static final List<String> BUILT_IN_ORDER = List.of(RollPressing.NAME, PvdCoating.NAME, Punching.NAME,
			CellAssembly.NAME, PostMortem.NAME);

	private final Map<String, StepType> builtIn;

	private final StepTemplateService templates;

	StepCatalog(List<StepType> builtIn, StepTemplateService templates) {
		this.builtIn = builtIn.stream().collect(Collectors.toMap(type -> type.definition().name(), Function.identity()));
		this.templates = templates;
	}

	Optional<StepType> find(String name) {
		StepType type = this.builtIn.get(name.trim().toUpperCase(Locale.ROOT));
		return (type != null) ? Optional.of(type) : this.templates.findActive(name).map(TemplateStepType::new);
	}

	List<StepDefinition> definitions() {
		List<StepDefinition> definitions = new ArrayList<>(this.builtIn.values()
			.stream()
			.map(StepType::definition)
			.sorted(Comparator.comparing(definition -> BUILT_IN_ORDER.indexOf(definition.name())))
			.toList());
		definitions.addAll(this.templates.active());
		return definitions;
	}

	List<String> names() {
		return definitions().stream().map(StepDefinition::name).toList();
	}

	Set<String> builtInNames() {
		return this.builtIn.keySet();
	}

}
