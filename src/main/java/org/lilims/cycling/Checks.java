package org.lilims.cycling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.InvalidInputException.FieldProblem;

/**
 * Collects every problem of a request, so that a client learns about all bad fields at once.
 */
final class Checks {

	private final List<FieldProblem> problems = new ArrayList<>();

	void add(String field, String message) {
		this.problems.add(new FieldProblem(field, message));
	}

	boolean hasProblemWith(String field) {
		return this.problems.stream().anyMatch(problem -> problem.field().equals(field));
	}

	/** Throws {@link InvalidInputException} naming every problem found so far. */
	void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

	@Nullable String text(@Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			add(field, "is required");
			return null;
		}
		return optionalText(value, field, maxLength);
	}

	@Nullable String optionalText(@Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > maxLength) {
			add(field, "must be at most " + maxLength + " characters");
			return null;
		}
		return trimmed;
	}

	@Nullable BigDecimal positive(@Nullable BigDecimal value, String field, String unit) {
		if (value == null) {
			add(field, "is required (in " + unit + ")");
			return null;
		}
		return optionalPositive(value, field, unit);
	}

	@Nullable BigDecimal optionalPositive(@Nullable BigDecimal value, String field, String unit) {
		if (value != null && value.signum() <= 0) {
			add(field, "must be more than 0 " + unit + ", not " + value.toPlainString());
			return null;
		}
		return value;
	}

	@Nullable BigDecimal between(@Nullable BigDecimal value, String field, String unit, String min, String max) {
		if (value == null) {
			add(field, "is required (in " + unit + ")");
			return null;
		}
		if (value.compareTo(new BigDecimal(min)) < 0 || value.compareTo(new BigDecimal(max)) > 0) {
			add(field, "must be between " + min + " and " + max + " " + unit + ", not " + value.toPlainString());
			return null;
		}
		return value;
	}

	@Nullable Integer positiveWhole(@Nullable Integer value, String field, boolean required) {
		if (value == null) {
			if (required) {
				add(field, "is required");
			}
			return null;
		}
		if (value < 1) {
			add(field, "must be at least 1, not " + value);
			return null;
		}
		return value;
	}

	/** The constant of {@code type} that {@code value} names, ignoring case. */
	<E extends Enum<E>> Optional<E> choice(@Nullable String value, Class<E> type, String field) {
		List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
		if (value == null || value.isBlank()) {
			add(field, "is required; one of " + String.join(", ", names));
			return Optional.empty();
		}
		String wanted = value.trim().toUpperCase(Locale.ROOT);
		Optional<E> match = java.util.Arrays.stream(type.getEnumConstants())
			.filter(constant -> constant.name().equals(wanted))
			.findFirst();
		if (match.isEmpty()) {
			add(field, "must be one of " + String.join(", ", names) + ", not '" + value + "'");
		}
		return match;
	}

}
