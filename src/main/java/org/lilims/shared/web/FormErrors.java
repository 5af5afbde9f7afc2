package org.lilims.shared.web;

import org.lilims.shared.InvalidInputException;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/**
 * Puts domain validation messages next to the form fields they concern, or at the top of the form when no field of
 * that name exists.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void bind(InvalidInputException ex, BindingResult result) {
		Object target = result.getTarget();
		BeanWrapper form = (target != null) ? PropertyAccessorFactory.forBeanPropertyAccess(target) : null;
		for (InvalidInputException.FieldProblem problem : ex.problems()) {
			if (form != null && form.isReadableProperty(problem.field())) {
				result.rejectValue(problem.field(), "invalid", problem.message());
			}
			else {
				result.reject("invalid", problem.field() + " " + problem.message());
			}
		}
	}

}
