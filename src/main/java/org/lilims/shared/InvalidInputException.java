package org.lilims.shared;

import java.util.List;

/**
 * Input that breaks a domain rule, with one message per offending field (HTTP 400 on the API, messages next to form
 * fields in the browser).
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	private static String summary(List<FieldProblem> problems) {
		return problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("Invalid input");
	}

	/**
	 * One invalid field and why.
	 *
	 * @param field name of the field as the client sent it
	 * @param message what is wrong, readable by a lab member
	 */
	public record FieldProblem(String field, String message) {
	}

}
