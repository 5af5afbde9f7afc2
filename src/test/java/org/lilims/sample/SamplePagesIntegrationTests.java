package org.lilims.sample;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lilims.IntegrationTest;
import org.lilims.shared.Quantity;
import org.lilims.shared.Unit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WithMockUser(username = "alice", roles = "LAB_MEMBER")
class SamplePagesIntegrationTests extends IntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SampleService samples;

	@Test
	void listFiltersBySearchKindAndCoating() throws Exception {
		String tag = "batch-" + UUID.randomUUID().toString().substring(0, 8);
		String foil = register(SampleKind.LI_FOIL_LOT, "Li foil " + tag, null);
		String coated = register(SampleKind.COATED_FOIL, "Li_LZLN " + tag, "LZLN");
		String other = register(SampleKind.COATED_FOIL, "Li_LN " + tag, "LN");

		this.mvc.perform(get("/samples").param("q", tag).param("kind", "COATED_FOIL").param("coating", "lzln"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/samples/" + coated + "\""),
					not(containsString(foil)), not(containsString(other)), containsString("1 samples"))));
		this.mvc.perform(get("/samples").param("q", tag))
			.andExpect(content().string(allOf(containsString(foil), containsString(coated), containsString(other),
					containsString("10 cm²"), containsString("badge-ok"))));
		this.mvc.perform(get("/samples").param("q", tag).param("status", "DISPOSED"))
			.andExpect(content().string(allOf(containsString("No samples match"), not(containsString(coated)))));
	}

	@Test
	void goToCodeIsCaseInsensitiveAndAnUnknownCodeGivesAMessage() throws Exception {
		String code = register(SampleKind.SEPARATOR_LOT, "Celgard", null);
		this.mvc.perform(get("/samples/go").param("code", " " + code.toLowerCase() + " "))
			.andExpect(redirectedUrl("/samples/" + code));
		this.mvc.perform(get("/samples/go").param("code", "li-99999"))
			.andExpect(redirectedUrl("/samples?q=li-99999"))
			.andExpect(flash().attribute("flashError", containsString("No sample with code LI-99999")));
		this.mvc.perform(get("/samples/LI-99999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/samples/" + code.toLowerCase())).andExpect(redirectedUrl("/samples/" + code));
	}

	@Test
	void detailShowsFieldsRelativesGenealogyAndAuditTrail() throws Exception {
		String lot = register(SampleKind.LI_FOIL_LOT, "Li 500 µm", null);
		String pressed = this.samples
			.derive(new Derivation(4711, "ROLL_PRESSING", "GENERAL",
					java.util.List.of(new Consumption(lot, Quantity.of("4", Unit.SQUARE_CENTIMETRE), "foil")),
					java.util.List.of(Derivation.Output.fromAllInputs(new NewSample(SampleKind.ROLL_PRESSED_FOIL, "Li_rp",
							Quantity.of("15.3846", Unit.SQUARE_CENTIMETRE), null, "Dry room", null,
							Map.of("thicknessUm", 130))))))
			.get(0)
			.code();

		String page = this.mvc.perform(get("/samples/" + pressed))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Li_rp", "Roll-pressed foil", "15.385 cm²", "Dry room", "ROLL_PRESSING step 4711",
				"href=\"/samples/" + lot + "\"", "4 cm²", ">foil<", "hx-get=\"/audit/fragment?entityType=sample&amp;entityId=" + pressed,
				"hx-get=\"/steps/parameters?code=" + pressed, "href=\"/steps/next?from=" + pressed,
				"href=\"/samples/" + pressed + "/label\"", "name=\"version\"");
		assertThat(page).as("genealogy svg").contains("<svg", "class=\"lineage\"", ">Roll pressing</text>");
		this.mvc.perform(get("/samples/" + lot))
			.andExpect(content().string(allOf(containsString("6 cm²"), containsString("href=\"/samples/" + pressed + "\""))));
		this.mvc.perform(get("/audit/fragment").param("entityType", "sample").param("entityId", lot))
			.andExpect(content().string(allOf(containsString("created"), containsString("consumed"),
					containsString("used 4 cm² in ROLL_PRESSING step 4711"))));
	}

	@Test
	void staleVersionShowsAConflictAndKeepsTheInput() throws Exception {
		String code = register(SampleKind.ELECTROLYTE_LOT, "LP57", null);
		long loaded = this.samples.get(code).version();
		this.samples.update(code, new SampleUpdate(null, "Fridge 2", null, null, "moved", null));

		this.mvc
			.perform(post("/samples/" + code).with(csrf())
				.param("name", "LP57 opened")
				.param("location", "Glovebox 3")
				.param("notes", "")
				.param("status", "AVAILABLE")
				.param("reason", "opened")
				.param("version", Long.toString(loaded)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("was changed by someone else"),
					containsString("value=\"LP57 opened\""), containsString("value=\"Glovebox 3\""),
					containsString("Fridge 2"))));
		assertThat(this.samples.get(code).location()).isEqualTo("Fridge 2");
		assertThat(this.samples.get(code).name()).isEqualTo("LP57");
	}

	@Test
	void editSavesAndRefusesAnImpossibleStatusNextToTheField() throws Exception {
		String code = register(SampleKind.SEPARATOR_LOT, "GF/D", null);
		long version = this.samples.get(code).version();
		this.mvc
			.perform(post("/samples/" + code).with(csrf())
				.param("name", "GF/D")
				.param("location", "Shelf 4")
				.param("status", "DISPOSED")
				.param("reason", "torn")
				.param("version", Long.toString(version)))
			.andExpect(redirectedUrl("/samples/" + code));
		assertThat(this.samples.get(code).status()).isEqualTo(SampleStatus.DISPOSED);
		assertThat(this.samples.get(code).location()).isEqualTo("Shelf 4");
	}

	@Test
	void labelHasAQrCodeAndTheCode() throws Exception {
		String code = register(SampleKind.LI_FOIL_LOT, "Li 50 µm", null);
		this.mvc.perform(get("/samples/" + code + "/label"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("class=\"qr\""), containsString("aria-label=\"QR code " + code),
					containsString("class=\"label-code\">" + code), containsString("Li 50 µm"))));
	}

	private String register(SampleKind kind, String name, String coating) {
		return this.samples
			.register(new NewSample(kind, name, new Quantity(BigDecimal.TEN, kind.stockUnit()), coating, null, null,
					Map.of()), "GENERAL")
			.code();
	}

}
