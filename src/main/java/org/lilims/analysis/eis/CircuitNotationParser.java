package org.lilims.analysis.eis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the common circuit notation, as impedance.py writes it: elements in series joined by {@code -}, branches in
 * parallel as {@code p(a,b,...)}, nested freely; an element is its type ({@code R}, {@code C}, {@code L},
 * {@code CPE}, {@code W}, {@code Wo}, {@code Ws}) followed by digits or underscores that make its name unique
 * ({@code R0}, {@code CPE_1}). Spaces are ignored. A {@code p(...)} with a single branch (impedance.py accepts
 * {@code p(R2-CPE2)}) is that branch.
 */
final class CircuitNotationParser {

	private static final String KNOWN = Stream.of(ElementKind.values())
		.map(ElementKind::symbol)
		.collect(Collectors.joining(", "));

	private final String notation;

	private final List<CircuitNode.Element> elements = new ArrayList<>();

	private final Set<String> names = new HashSet<>();

	private int at;

	private int parameters;

	private CircuitNotationParser(String notation) {
		this.notation = notation;
	}

	/** The root node and the elements in notation order. */
	static Parsed parse(String notation) {
		CircuitNotationParser parser = new CircuitNotationParser(notation);
		parser.skipSpaces();
		if (parser.atEnd()) {
			throw parser.error(parser.at, "empty circuit");
		}
		CircuitNode root = parser.series();
		parser.skipSpaces();
		if (!parser.atEnd()) {
			char c = parser.peek();
			throw parser.error(parser.at, (c == ')') ? "unmatched ')'"
					: (c == ',') ? "',' outside p(...)" : "unexpected '" + c + "', expected '-'");
		}
		return new Parsed(root, List.copyOf(parser.elements));
	}

	private CircuitNode series() {
		List<CircuitNode> parts = new ArrayList<>();
		parts.add(term());
		skipSpaces();
		while (!atEnd() && peek() == '-') {
			this.at++;
			parts.add(term());
			skipSpaces();
		}
		return (parts.size() == 1) ? parts.get(0) : new CircuitNode.Series(List.copyOf(parts));
	}

	private CircuitNode term() {
		skipSpaces();
		if (atEnd()) {
			throw error(this.at - 1, "missing element after '" + this.notation.charAt(this.at - 1) + "'");
		}
		int start = this.at;
		if (peek() == 'p') {
			this.at++;
			skipSpaces();
			if (!atEnd() && peek() == '(') {
				this.at++;
				return parallel(start);
			}
			this.at = start;
		}
		return element();
	}

	private CircuitNode parallel(int start) {
		List<CircuitNode> branches = new ArrayList<>();
		branches.add(series());
		skipSpaces();
		while (!atEnd() && peek() == ',') {
			this.at++;
			branches.add(series());
			skipSpaces();
		}
		if (atEnd()) {
			throw error(start, "missing ')' to close this p(");
		}
		if (peek() != ')') {
			throw error(this.at, "unexpected '" + peek() + "', expected '-', ',' or ')'");
		}
		this.at++;
		return (branches.size() == 1) ? branches.get(0) : new CircuitNode.Parallel(List.copyOf(branches));
	}

	private CircuitNode element() {
		int start = this.at;
		while (!atEnd() && Character.isLetter(peek())) {
			this.at++;
		}
		if (this.at == start) {
			throw error(start, "expected an element or p( but found '" + peek() + "'");
		}
		String symbol = this.notation.substring(start, this.at);
		while (!atEnd() && (Character.isDigit(peek()) || peek() == '_')) {
			this.at++;
		}
		String name = this.notation.substring(start, this.at);
		ElementKind kind = ElementKind.ofSymbol(symbol);
		if (kind == null) {
			throw error(start, "unknown element type '" + symbol + "' (known: " + KNOWN + ")");
		}
		if (!this.names.add(name)) {
			throw error(start, "element name '" + name + "' used twice");
		}
		CircuitNode.Element element = new CircuitNode.Element(kind, name, this.parameters, start + 1);
		this.parameters += kind.parameterCount();
		this.elements.add(element);
		return element;
	}

	private void skipSpaces() {
		while (!atEnd() && Character.isWhitespace(peek())) {
			this.at++;
		}
	}

	private boolean atEnd() {
		return this.at >= this.notation.length();
	}

	private char peek() {
		return this.notation.charAt(this.at);
	}

	private CircuitNotationException error(int index, String problem) {
		return new CircuitNotationException(this.notation, index + 1, problem);
	}

	record Parsed(CircuitNode root, List<CircuitNode.Element> elements) {
	}

}
