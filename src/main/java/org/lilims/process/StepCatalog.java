package org.lilims.process;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The step types LiLIMS knows: the built-in ones (each a {@link StepType} bean).
 */
@Component
class StepCatalog {

	private final Map<String, StepType> types;

	StepCatalog(List<StepType> types) {
		this.types = types.stream().collect(Collectors.toMap(type -> type.definition().name(), Function.identity()));
	}

	Optional<StepType> find(String name) {
		return Optional.ofNullable(this.types.get(name.trim().toUpperCase(Locale.ROOT)));
	}

	List<StepDefinition> definitions() {
		return this.types.values().stream().map(StepType::definition).sorted(java.util.Comparator.comparing(
				definition -> List.of(RollPressing.NAME, PvdCoating.NAME, Punching.NAME, CellAssembly.NAME,
						PostMortem.NAME).indexOf(definition.name()))).toList();
	}

	List<String> names() {
		return definitions().stream().map(StepDefinition::name).toList();
	}

}
