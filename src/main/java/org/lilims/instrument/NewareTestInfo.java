package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What {@code TestInfo.xml} of a Neware {@code .ndax} says about the test: its {@code <TestInfo>} element's channel,
 * barcode, start time (local) and step file, and one {@code <AuxN>} child per auxiliary channel.
 *
 * @param channel {@code ChlID}
 * @param barcode {@code Barcode}, null when absent or blank
 * @param startTime {@code StartTime}, local time as written
 * @param stepFile {@code StepName}, the procedure
 * @param auxChannels the {@code <AuxN>} children in file order
 */
record NewareTestInfo(@Nullable Integer channel, @Nullable String barcode, @Nullable LocalDateTime startTime,
		@Nullable String stepFile, List<AuxChannel> auxChannels) {

	static final NewareTestInfo NONE = new NewareTestInfo(null, null, null, null, List.of());

	private static final DateTimeFormatter START_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
			Locale.ROOT);

	/**
	 * Reads the XML (it declares its own encoding, GB2312).
	 * @throws IllegalArgumentException with the reason when it is not readable
	 */
	static NewareTestInfo read(InputStream xml) throws IOException {
		Element info;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			NodeList found = factory.newDocumentBuilder().parse(xml).getElementsByTagName("TestInfo");
			if (found.getLength() == 0) {
				throw new IllegalArgumentException("no <TestInfo> element");
			}
			info = (Element) found.item(0);
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		List<AuxChannel> aux = new ArrayList<>();
		NodeList children = info.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child && child.getTagName().startsWith("Aux")) {
				aux.add(new AuxChannel(integer(child, "AuxID"), integer(child, "RealChlID"),
						integer(child, "ChlType")));
			}
		}
		return new NewareTestInfo(integerOrNull(info, "ChlID"), text(info, "Barcode"), startTime(info),
				text(info, "StepName"), List.copyOf(aux));
	}

	private static @Nullable String text(Element element, String attribute) {
		String value = element.getAttribute(attribute).strip();
		return value.isEmpty() ? null : value;
	}

	private static @Nullable Integer integerOrNull(Element element, String attribute) {
		String value = text(element, attribute);
		try {
			return (value != null) ? Integer.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(attribute + " is not a number: '" + value + "'", ex);
		}
	}

	private static int integer(Element element, String attribute) {
		Integer value = integerOrNull(element, attribute);
		if (value == null) {
			throw new IllegalArgumentException("<" + element.getTagName() + "> has no " + attribute);
		}
		return value;
	}

	private static @Nullable LocalDateTime startTime(Element info) {
		String value = text(info, "StartTime");
		try {
			return (value != null) ? LocalDateTime.parse(value, START_TIME) : null;
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("StartTime is not yyyy-MM-dd HH:mm:ss: '" + value + "'", ex);
		}
	}

	/**
	 * An auxiliary channel: its number in the test ({@code AuxID}), the hardware channel that names its file
	 * ({@code data_AUX_<RealChlID>_...ndc}) and its kind ({@code ChlType}, 103 = temperature).
	 */
	record AuxChannel(int auxId, int realChannel, int channelType) {

		static final int TEMPERATURE = 103;

		/** The column name, as NewareNDA gives it: {@code T1} for temperature channel 1, else {@code Aux1}. */
		String columnName() {
			return ((this.channelType == TEMPERATURE) ? "T" : "Aux") + this.auxId;
		}

	}

}
