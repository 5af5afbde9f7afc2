package org.lilims.simulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.lilims.analysis.eis.CircuitFit;
import org.lilims.analysis.eis.CircuitFitter;
import org.lilims.analysis.eis.ImpedanceSpectrum;
import org.lilims.instrument.FileMetadata;
import org.lilims.instrument.ImpedancePoint;
import org.lilims.instrument.InstrumentFormat;
import org.lilims.instrument.InstrumentParsers;
import org.lilims.instrument.ParseSink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EisSimulatorTests {

	private static final EisCircuitParameters CIRCUIT = new EisCircuitParameters(4, 60, 2e-5, 0.85, 15);

	private static final LocalDateTime START = LocalDateTime.of(2025, 1, 22, 14, 5, 30);

	@Test
	void noiseFreeImpedanceIsTheCircuitsAtItsLimits() {
		// at high frequency the bulk resistance, at low frequency R0 + R1 plus the Warburg tail
		double[] high = CIRCUIT.impedance(1e9);
		assertThat(high[0]).isCloseTo(4, within(0.01));
		double[] low = new EisCircuitParameters(4, 60, 2e-5, 0.85, 1e-9).impedance(1e-6);
		assertThat(low[0]).isCloseTo(64, within(0.01));
		assertThat(CIRCUIT.impedance(100)[1]).isNegative();
	}

	@Test
	void sweepsFromOneHundredKilohertzToOneTenthHertzAtTenPointsPerDecade() {
		SimulatedSpectrum sweep = EisSimulator.sweep(CIRCUIT, 0.002, 1);

		assertThat(sweep.size()).isEqualTo(61);
		assertThat(sweep.frequencyHertz()[0]).isEqualTo(1e5);
		assertThat(sweep.frequencyHertz()[60]).isCloseTo(0.1, within(1e-12));
		assertThat(sweep.durationSeconds()).isBetween(60.0, 300.0);
		assertThat(EisSimulator.sweep(CIRCUIT, 0.002, 1).realOhms()).isEqualTo(sweep.realOhms());
	}

	@Test
	void biologicExportReadsBackWithSignedImaginaryPartAndStartTime() throws IOException {
		SimulatedSpectrum sweep = EisSimulator.sweep(CIRCUIT, 0.002, 3);
		byte[] bytes = BiologicPeisWriter.write(sweep, START, 2, "EIS-X_PEIS_C05.mpr", "EIS-X after 5 cycles");
		Points points = new Points();

		InstrumentFormat format = InstrumentParsers.parse(new ByteArrayInputStream(bytes), "EIS-X_PEIS_C05.mpt",
				ZoneOffset.UTC, points);

		assertThat(format).isEqualTo(InstrumentFormat.BIOLOGIC_MPT);
		assertThat(points.metadata.startTime()).isEqualTo(START);
		assertThat(points.metadata.channel()).isEqualTo(2);
		assertThat(points.metadata.comment()).startsWith("SIMULATED data");
		assertThat(points.list).hasSize(61).allSatisfy((p) -> assertThat(p.spectrum()).isEqualTo(1));
		for (int i = 0; i < 61; i++) {
			ImpedancePoint p = points.list.get(i);
			assertThat(p.frequencyHertz()).isCloseTo(sweep.frequencyHertz()[i], within(1e-6 * p.frequencyHertz()));
			assertThat(p.realOhms()).isCloseTo(sweep.realOhms()[i], within(1e-6 * Math.abs(p.realOhms())));
			assertThat(p.imaginaryOhms()).isCloseTo(sweep.imaginaryOhms()[i],
					within(1e-6 * Math.abs(p.imaginaryOhms())));
			assertThat(p.testTimeSeconds()).isCloseTo(sweep.timeSeconds()[i], within(1e-6));
		}
		assertThat(points.list).allSatisfy((p) -> assertThat(p.imaginaryOhms()).isNegative());
	}

	@Test
	void theCircuitFitRecoversTheInterphaseResistanceFromTheExport() throws IOException {
		for (double rInt : new double[] { 32, 60, 150 }) {
			SimulatedSpectrum sweep = EisSimulator.sweep(CIRCUIT.withInterphaseResistanceOhms(rInt), 0.002, 5);
			Points points = new Points();
			InstrumentParsers.parse(new ByteArrayInputStream(BiologicPeisWriter.write(sweep, START, 1, "x.mpr", "x")),
					"x.mpt", ZoneOffset.UTC, points);

			CircuitFit fit = new CircuitFitter().fit(EisCircuitParameters.CIRCUIT,
					ImpedanceSpectrum.of(points.list).capacitiveOnly());

			assertThat(fit.interphaseResistance()).isNotNull();
			assertThat(fit.interphaseResistance().ohms()).as("R_int %s", rInt).isCloseTo(rInt, within(0.02 * rInt));
			assertThat(fit.value("R0")).isCloseTo(4, within(0.1));
		}
	}

	static final class Points implements ParseSink {

		FileMetadata metadata;

		final List<ImpedancePoint> list = new ArrayList<>();

		@Override
		public void metadata(FileMetadata metadata) {
			this.metadata = metadata;
		}

		@Override
		public void impedance(ImpedancePoint point) {
			this.list.add(point);
		}

	}

}
