package org.lilims.process;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lilims.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lab member walks the common path in Chromium: receive lots, then roll-press, coat, punch and assemble a symmetric
 * cell through the "next step" buttons, and finds the foil lot in the cell's genealogy; then builds an NMC622||Li cell,
 * plans and starts a cycling test on the symmetric cell, takes it apart for post-mortem and attaches an SEM image.
 */
class GuidedFlowBrowserTests extends BrowserTest {

	@Test
	void foilLotToSymmetricCellThroughTheForms() throws Exception {
		signInAsAdmin();
		String separator = receiveLot("SEPARATOR_LOT", Map.of("parameters.product", "Celgard 2325",
				"parameters.supplier", "Celgard", "quantity.value", "50"), null);
		String electrolyte = receiveLot("ELECTROLYTE_LOT", Map.of("parameters.composition", "1 M LiPF6 in EC/EMC 3:7",
				"parameters.supplier", "E-Lyte", "quantity.value", "10"), "mL");
		String foil = receiveLot("LI_FOIL_LOT", Map.of("name", "Li 500 µm", "parameters.supplier", "China Energy Lithium",
				"parameters.supplierLot", "CEL-2026-118", "parameters.thicknessUm", "500", "quantity.value", "100"), null);
		assertThat(foil).startsWith("LI-");
		screenshot("flow-1-foil-lot");

		nextStep("Roll-pressing");
		assertThat(this.browser.findElement(By.name("inputs[0].code")).getAttribute("value")).isEqualTo(foil);
		type("inputs[0].consumed.value", "10");
		type("parameters.finalThicknessUm", "130");
		String pressed = submitStep("RP-");

		nextStep("PVD coating");
		type("parameters.coatingVariant", "LZLN");
		layer(0, "EVAPORATION", Map.of("material", "Zn", "targetThicknessNm", "300", "rateNmPerS", "0.5"));
		this.browser.findElement(By.cssSelector("[data-testid=add-layers]")).click();
		layer(1, "EVAPORATION", Map.of("material", "Li", "targetThicknessNm", "100", "rateNmPerS", "1"));
		this.browser.findElement(By.cssSelector("[data-testid=add-layers]")).click();
		layer(2, "GAS_REACTION", Map.of("gas", "N2", "pressureMbar", "500", "durationMin", "3"));
		screenshot("flow-2-pvd-form");
		String coated = submitStep("CT-");
		this.waitFor.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=parameters]"),
				"GAS_REACTION"));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=parameters]")).getText()).contains("Zn", "N2",
				"LZLN");
		screenshot("flow-3-coated-foil");

		nextStep("Electrode punching");
		type("parameters.diameterMm", "12");
		type("parameters.count", "10");
		String electrodes = submitStep("EL-");

		nextStep("Cell assembly");
		assertThat(this.browser.findElement(By.name("inputs[0].code")).getAttribute("value")).isEqualTo(electrodes);
		type("inputs[1].code", electrodes);
		type("inputs[2].code", separator);
		type("inputs[3].code", electrolyte);
		new Select(this.browser.findElement(By.name("parameters.format"))).selectByVisibleText("CR2032");
		new Select(this.browser.findElement(By.name("parameters.configuration"))).selectByVisibleText("SYMMETRIC");
		type("parameters.electrolyteVolumeUl", "60");
		String cell = submitStep("CC-");

		String genealogy = this.browser.findElement(By.cssSelector("[data-testid=lineage]")).getText();
		assertThat(genealogy).contains(foil, pressed, coated, electrodes, separator, electrolyte, cell);
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=audit-trail]")));
		screenshot("flow-4-cell");
		this.browser.executeScript("arguments[0].scrollIntoView()",
				this.browser.findElement(By.cssSelector("[data-testid=lineage]")));
		screenshot("flow-4-genealogy");
		this.browser.findElement(By.cssSelector(".lineage a[href='/samples/" + foil + "']")).click();
		this.waitFor.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=sample-code]"), foil));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=remaining]")).getText()).isEqualTo("90 cm²");

		String cathode = receiveLot("CATHODE_SHEET_LOT", Map.of("name", "NMC622", "parameters.activeMaterial", "NMC622",
				"parameters.arealCapacityMahPerCm2", "2.3", "parameters.supplier", "Pilot line A", "quantity.value", "50"),
				null);
		nextStep("Electrode punching");
		type("parameters.diameterMm", "12");
		type("parameters.count", "4");
		String cathodes = submitStep("EL-");
		nextStep("Cell assembly");
		type("inputs[1].code", electrodes);
		type("inputs[2].code", separator);
		type("inputs[3].code", electrolyte);
		new Select(this.browser.findElement(By.name("parameters.format"))).selectByVisibleText("CR2032");
		new Select(this.browser.findElement(By.name("parameters.configuration"))).selectByVisibleText("FULL_CELL");
		type("parameters.electrolyteVolumeUl", "80");
		String fullCell = submitStep("CC-");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=lineage]")).getText()).contains(cathode,
				cathodes, foil);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).contains("NMC622", "||");

		this.browser.get(url("/samples/" + cell));
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=cycling-panel]")));
		this.browser.findElement(By.cssSelector("[data-testid=plan-cycling-toggle]")).click();
		type("channel", "7");
		type("currentDensityMaPerCm2", "1");
		type("arealCapacityMahPerCm2", "0.5");
		type("cutoffVoltageV", "1.5");
		this.browser.findElement(By.cssSelector("[data-testid=plan-cycling]")).click();
		this.waitFor.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=cycling-tests]"),
				"1 mA/cm²"));
		this.browser.findElement(By.cssSelector("[data-testid=start-test]")).click();
		this.waitFor.until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=cycling-status]"), "running"));
		screenshot("flow-5-cycling");

		nextStep("Post-mortem");
		type("parameters.cyclesBeforeDisassembly", "200");
		type("parameters.specimenCount", "1");
		new Select(this.browser.findElement(By.name("parameters.analyses[0].technique"))).selectByVisibleText("CRYO_FIB_SEM");
		type("parameters.analyses[0].acceleratingVoltageKv", "5");
		type("parameters.analyses[0].stageTemperatureC", "-160");
		type("parameters.analyses[0].observations", "dense Li under the LZLN coating");
		String specimen = submitStep("PM-");
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=attachment-upload]")));
		this.browser.findElement(By.cssSelector("[data-testid=attachment-upload] input[type=file]"))
			.sendKeys(semImage().toString());
		new Select(this.browser.findElement(By.cssSelector("[data-testid=attachment-upload] select[name=category]")))
			.selectByValue("SEM_IMAGE");
		this.browser.findElement(By.cssSelector("[data-testid=attachment-upload] button[type=submit]")).click();
		this.waitFor.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.attachment-thumb")));
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=attachments]")).getText())
			.contains("cross-section.png");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid=lineage]")).getText()).contains(specimen, cell,
				foil);
		screenshot("flow-6-post-mortem");
	}

	/** A small grey-scale PNG standing in for a cryo-FIB/SEM cross-section. */
	private static java.nio.file.Path semImage() throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
				java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				image.getRaster().setSample(x, y, 0, (y < 20) ? 200 : (x * 3 + y) % 256);
			}
		}
		java.nio.file.Path file = java.nio.file.Files.createTempDirectory("sem").resolve("cross-section.png");
		javax.imageio.ImageIO.write(image, "png", file.toFile());
		return file;
	}

	private String receiveLot(String kind, Map<String, String> fields, String unit) {
		this.browser.get(url("/lots/new?kind=" + kind));
		fields.forEach(this::type);
		if (unit != null) {
			new Select(this.browser.findElement(By.name("quantity.unit"))).selectByVisibleText(unit);
		}
		this.browser.findElement(By.cssSelector("[data-testid=receive-lot]")).click();
		return sampleCode(kind.substring(0, 2).equals("LI") ? "LI-" : "");
	}

	private void nextStep(String title) {
		this.browser.executeScript("window.scrollTo(0, 0)");
		this.browser.findElement(By.cssSelector("[data-testid=next-step]")).click();
		this.waitFor.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
	}

	private void layer(int row, String kind, Map<String, String> fields) {
		String prefix = "parameters.layers[" + row + "].";
		new Select(this.browser.findElement(By.name(prefix + "kind"))).selectByVisibleText(kind);
		fields.forEach((name, value) -> type(prefix + name, value));
	}

	private String submitStep(String prefix) {
		this.browser.findElement(By.cssSelector("[data-testid=record-step]")).click();
		return sampleCode(prefix);
	}

	private String sampleCode(String prefix) {
		this.waitFor.until(ExpectedConditions.urlMatches("/samples/[A-Z]{2}-\\d+$"));
		String code = this.browser.findElement(By.cssSelector("[data-testid=sample-code]")).getText();
		assertThat(code).startsWith(prefix);
		return code;
	}

	private void type(String name, String value) {
		var field = this.browser.findElement(By.name(name));
		field.clear();
		field.sendKeys(value);
	}

}
