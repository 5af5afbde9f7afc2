package org.lilims.cycling;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lilims.cycling.CyclingRequests.ScheduleRuleRequest;
import org.lilims.shared.InvalidInputException;

/**
 * Reads an EIS schedule as people write it in a form: {@code 1-10, 15-50/5} means after each of cycles 1 to 10, then
 * every 5th cycle from 15 to 50; a single number is one cycle.
 */
final class ScheduleText {

	private static final Pattern RULE = Pattern.compile("\\s*(\\d+)\\s*(?:-\\s*(\\d+)\\s*(?:/\\s*(\\d+)\\s*)?)?");

	private ScheduleText() {
	}

	static List<ScheduleRuleRequest> parse(@Nullable String text, String field) {
		List<ScheduleRuleRequest> rules = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return rules;
		}
		for (String part : text.split("[,;]")) {
			Matcher matcher = RULE.matcher(part);
			if (!matcher.matches()) {
				throw new InvalidInputException(field,
						"'" + part.trim() + "' is not a cycle, a range or a range/step, e.g. 1-10, 15-50/5");
			}
			int from = Integer.parseInt(matcher.group(1));
			int to = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : from;
			int every = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 1;
			rules.add(new ScheduleRuleRequest(from, to, every));
		}
		return rules;
	}

}
