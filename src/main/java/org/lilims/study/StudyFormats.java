package org.lilims.study;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * How the study pages write statistics, as {@code @studyFmt}: values to 3 significant digits (whole numbers above
 * 100 unrounded), changes as signed percentages with their interval.
 */
@Component("studyFmt")
public class StudyFormats {

	public String value(@Nullable Double value) {
		if (value == null || value.isNaN()) {
			return "—";
		}
		if (Math.abs(value) >= 100) {
			return String.format(Locale.ROOT, "%.0f", value);
		}
		return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	/** e.g. {@code 200 ± 10 (n = 3)}. */
	public String meanSd(StudySummary.MetricSummary summary) {
		if (summary.n() == 0) {
			return "—";
		}
		return value(summary.mean()) + " ± " + value(summary.sd()) + " (n = " + summary.n() + ")";
	}

	/** e.g. {@code median 20 [19–21]}: the median and range of the uncensored values. */
	public String medianRange(StudySummary.MetricSummary summary) {
		if (summary.n() == 0) {
			return "";
		}
		return "median " + value(summary.median()) + " [" + value(summary.min()) + "–" + value(summary.max()) + "]";
	}

	/** e.g. {@code 2 censored: > 150, > 180}. */
	public String censored(StudySummary.MetricSummary summary) {
		List<Double> bounds = summary.censoredValues();
		return bounds.isEmpty() ? ""
				: bounds.size() + " censored: " + bounds.stream().map(b -> "> " + value(b)).collect(Collectors.joining(", "));
	}

	/** e.g. {@code +80.0 % [+68.7, +91.3]}. */
	public String change(StudySummary.@Nullable Change change) {
		if (change == null) {
			return "";
		}
		String text = percent(change.percent()) + " %";
		if (change.ciLowPercent() != null && change.ciHighPercent() != null) {
			text += " [" + percent(change.ciLowPercent()) + ", " + percent(change.ciHighPercent()) + "]";
		}
		return text;
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%+.1f", value);
	}

	/** One cell's value for a metric, {@code > N} when censored. */
	public String cellValue(StudySummary.Cell cell, String metric) {
		var value = cell.metrics().get(metric);
		if (value == null || value.value() == null) {
			return "—";
		}
		return (value.censored() ? "> " : "") + value(value.value());
	}

}
