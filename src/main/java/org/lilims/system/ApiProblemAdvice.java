package org.lilims.system;

import java.util.List;
import java.util.Map;

import org.lilims.shared.ConflictException;
import org.lilims.shared.InvalidInputException;
import org.lilims.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures of REST controllers into RFC 9457 problem details that name what is wrong.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail concurrentEdit(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Concurrent edit",
				"The record was changed by someone else since you loaded it; reload it and apply your change again");
	}

	@ExceptionHandler
	ProblemDetail invalidInput(InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", ex.getMessage());
		problem.setProperty("errors", fieldErrors(ex.problems()));
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInputException.FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new InvalidInputException.FieldProblem(error.getField(),
					(error.getDefaultMessage() != null) ? error.getDefaultMessage() : "is invalid"))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				new InvalidInputException(problems).getMessage());
		problem.setProperty("errors", fieldErrors(problems));
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String cause = ex.getMostSpecificCause().getMessage();
		String firstLine = (cause != null) ? cause.lines().findFirst().orElse("") : "";
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request body",
				"The request body is not valid JSON for this call: " + firstLine);
		return ResponseEntity.badRequest().headers(headers).body(problem);
	}

	@ExceptionHandler
	ProblemDetail unexpected(RuntimeException ex) {
		log.error("Unexpected error in API call", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The server failed to handle the request; the error has been logged");
	}

	private static List<Map<String, String>> fieldErrors(List<InvalidInputException.FieldProblem> problems) {
		return problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList();
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
