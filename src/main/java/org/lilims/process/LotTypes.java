package org.lilims.process;

import java.util.List;
import java.util.Map;

import org.lilims.sample.SampleKind;

import static org.lilims.process.ParameterDefinition.date;
import static org.lilims.process.ParameterDefinition.number;
import static org.lilims.process.ParameterDefinition.text;

/**
 * What is recorded when a lot is received, per lot kind.
 */
final class LotTypes {

	static final Map<SampleKind, List<ParameterDefinition>> PARAMETERS = Map.of(SampleKind.LI_FOIL_LOT,
			List.of(text("material", "Material").describedAs("e.g. Li metal"),
					number("purityPercent", "Purity", "%").between("0", "100"),
					text("supplier", "Supplier").mandatory(), text("supplierLot", "Supplier lot number").mandatory(),
					number("thicknessUm", "Thickness", "µm").mandatory().between("1", "5000"),
					number("widthMm", "Width", "mm").between("0", "10000"),
					number("lengthMm", "Length", "mm").between("0", "1000000"), date("receivedDate", "Received")),
			SampleKind.CATHODE_SHEET_LOT,
			List.of(text("activeMaterial", "Active material").mandatory().describedAs("e.g. NMC622"),
					text("composition", "Composition").describedAs("active/binder/carbon, e.g. 95/2/3"),
					number("arealCapacityMahPerCm2", "Areal capacity", "mAh/cm²").mandatory().between("0", "100"),
					number("massLoadingMgPerCm2", "Active mass loading", "mg/cm²").between("0", "1000"),
					number("specificCapacityMahPerG", "Specific capacity (1C definition)", "mAh/g").between("0",
							"5000"),
					number("thicknessUm", "Coating thickness", "µm").between("0", "5000"),
					text("supplier", "Supplier or line").mandatory(), text("supplierLot", "Supplier lot number"),
					date("receivedDate", "Received")),
			SampleKind.ELECTROLYTE_LOT,
			List.of(text("composition", "Composition").mandatory().describedAs("e.g. 1 M LiPF6 in EC/EMC 3:7"),
					number("saltConcentrationM", "Salt concentration", "M").between("0", "20"),
					text("supplier", "Supplier").mandatory(), text("supplierLot", "Supplier lot number"),
					number("waterContentPpm", "Water content", "ppm").between("0", "10000"),
					date("receivedDate", "Received")),
			SampleKind.SEPARATOR_LOT,
			List.of(text("product", "Product").mandatory().describedAs("e.g. Celgard 2325, Whatman GF/D"),
					text("material", "Material").describedAs("e.g. PP/PE/PP"),
					number("thicknessUm", "Thickness", "µm").between("0", "5000"),
					number("diameterMm", "Disc diameter", "mm").between("0", "1000"),
					text("supplier", "Supplier").mandatory(), text("supplierLot", "Supplier lot number"),
					date("receivedDate", "Received")));

	private LotTypes() {
	}

}
