package org.lilims.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the cell page's table fragments as served: rows by their key (the first column), cells by their column's
 * name, header tooltips.
 */
final class TableCells {

	private TableCells() {
	}

	static List<String> rowKeys(String html) {
		return all(Pattern.compile("<tr data-key=\"([^\"]*)\""), html);
	}

	static List<String> column(String html, String column) {
		return all(cell(column), html.substring(html.indexOf("<tbody>")));
	}

	static String text(String html, String key, String column) {
		int start = html.indexOf("<tr data-key=\"" + key + "\"");
		assertThat(start).as("row " + key).isNotNegative();
		String row = html.substring(start, html.indexOf("</tr>", start));
		Matcher matcher = cell(column).matcher(row);
		assertThat(matcher.find()).as("column " + column + " of row " + key).isTrue();
		return unescape(matcher.group(1).trim());
	}

	static double number(String html, String key, String column) {
		return Double.parseDouble(text(html, key, column));
	}

	static String headerTitle(String html, String column) {
		Matcher matcher = Pattern
			.compile("<th[^>]*data-column=\"" + Pattern.quote(column) + "\"[^>]*>\\s*<abbr title=\"([^\"]*)\"")
			.matcher(html);
		assertThat(matcher.find()).as("header of " + column).isTrue();
		return unescape(matcher.group(1));
	}

	private static Pattern cell(String column) {
		return Pattern.compile("<td[^>]*data-column=\"" + Pattern.quote(column) + "\"[^>]*>([^<]*)<");
	}

	private static List<String> all(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			found.add(unescape(matcher.group(1).trim()));
		}
		return found;
	}

	private static String unescape(String text) {
		return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

}
