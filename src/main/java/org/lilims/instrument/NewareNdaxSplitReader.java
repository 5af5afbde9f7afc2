package org.lilims.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jspecify.annotations.Nullable;

/**
 * The BTS 8 layout of a Neware {@code .ndax}, ndc version 14, with its values spread over several streams:
 * {@code data.ndc} holds voltage (V) and current (A) as float32 per record; {@code data_runInfo.ndc} the time (ms),
 * capacities (Ah), energies (Wh), recording interval and epoch timestamp, keyed by record index;
 * {@code data_step.ndc} cycle and status per step; each {@code data_AUX_<channel>_..ndc} one float32 per record
 * (°C for a temperature channel). All are read side by side in index order, so memory does not grow with the file.
 * <p>
 * BTS 8 writes run info for some records only (8 of 301 in NewareNDA's Unit27 example). A record without one gets a
 * time interpolated between the run-info records around it in the same step, else extrapolated with the last
 * recording interval, and NaN capacities and energies; its {@code Time_Filled} column says how. NewareNDA fills
 * capacities too; LiLIMS only flags them. An index with two run-info records (at 0 s and 0.1 s at the start of the
 * Unit27 example) gives two rows, as NewareNDA's join does.
 */
final class NewareNdaxSplitReader {

	static final int VERSION = 14;

	static final String RUN_INFO = "data_runInfo.ndc";

	static final String STEPS = "data_step.ndc";

	static final List<String> EXTRA_NAMES = List.of("Time", "Step_Index", "Time_Filled");

	private static final Pattern AUX_FILE = Pattern.compile("data_AUX_(\\d+)(?:_\\d+)*\\.ndc");

	private static final int FIRST_RECORD = 132;

	private static final int TRAILER = 4;

	private static final int RUN_INFO_TYPE = 18;

	private static final int STEP_TYPE = 7;

	private static final int AUX_TYPE = 5;

	private final ZipFile zip;

	private final ParseSink sink;

	private final ZoneId zone;

	private final List<AuxFile> auxFiles;

	NewareNdaxSplitReader(ZipFile zip, NewareTestInfo info, ParseSink sink, ZoneId zone) {
		this.zip = zip;
		this.sink = sink;
		this.zone = zone;
		this.auxFiles = auxFiles(zip, info, sink);
	}

	/** The extra columns of every row: the raw time, the step's index in the procedure, fills, aux channels. */
	List<String> extraNames() {
		List<String> names = new ArrayList<>(EXTRA_NAMES);
		this.auxFiles.forEach(aux -> names.add(aux.column()));
		return names;
	}

	void read(NewareNdcStream data, NewareNdaxRows rows) throws IOException {
		data.layout(FIRST_RECORD, 8, TRAILER);
		List<NewareNdcStream> auxStreams = new ArrayList<>();
		try (NewareNdcStream runInfo = open(RUN_INFO, RUN_INFO_TYPE).layout(FIRST_RECORD, 55, TRAILER);
				NewareNdcStream steps = open(STEPS, STEP_TYPE).layout(FIRST_RECORD, 37, TRAILER)) {
			for (AuxFile aux : this.auxFiles) {
				auxStreams.add(open(aux.entry(), AUX_TYPE).layout(FIRST_RECORD, 4, TRAILER));
			}
			new Join(data, new RunInfos(runInfo), new Steps(steps), auxStreams, rows).run();
		}
		finally {
			for (NewareNdcStream aux : auxStreams) {
				aux.close();
			}
		}
	}

	private NewareNdcStream open(String name, int type) throws IOException {
		ZipEntry entry = this.zip.getEntry(name);
		if (entry == null) {
			throw new ParseException(1, "no " + name + " beside a data.ndc of version " + VERSION
					+ " (which holds only voltage and current)");
		}
		InputStream in = this.zip.getInputStream(entry);
		NewareNdcStream stream = new NewareNdcStream(in, name);
		if (stream.version() != VERSION) {
			stream.close();
			throw NewareNdaxParser.unsupported(stream);
		}
		return stream.ofType(type);
	}

	/**
	 * The {@code data_AUX_<RealChlID>_...ndc} entries, named after the {@code TestInfo.xml} channel of that
	 * {@code RealChlID}, in the order of their {@code AuxID}.
	 */
	private static List<AuxFile> auxFiles(ZipFile zip, NewareTestInfo info, ParseSink sink) {
		List<AuxFile> files = new ArrayList<>();
		zip.stream().map(ZipEntry::getName).sorted().forEach(name -> {
			Matcher matcher = AUX_FILE.matcher(name);
			if (!matcher.matches()) {
				return;
			}
			int realChannel = Integer.parseInt(matcher.group(1));
			NewareTestInfo.AuxChannel channel = info.auxChannels()
				.stream()
				.filter(candidate -> candidate.realChannel() == realChannel)
				.findFirst()
				.orElse(null);
			if (channel == null) {
				sink.warning(1, name + " has no auxiliary channel in TestInfo.xml: kept as AUX_" + realChannel);
				files.add(new AuxFile(name, "AUX_" + realChannel, Integer.MAX_VALUE));
			}
			else {
				files.add(new AuxFile(name, channel.columnName(), channel.auxId()));
			}
		});
		files.sort(Comparator.comparingInt(AuxFile::order));
		return files;
	}

	private record AuxFile(String entry, String column, int order) {
	}

	/**
	 * A run-info record.
	 * @param step the step counted from 1, a new one each time the record's step field changes (as NewareNDA counts)
	 */
	private record RunInfo(long number, long index, int step, double seconds, double intervalSeconds,
			double epochSeconds, double chargeAmpHours, double dischargeAmpHours, double chargeWattHours,
			double dischargeWattHours) {
	}

	/** {@code data_runInfo.ndc} read one record ahead, checked to be in index order. */
	private static final class RunInfos {

		private final NewareNdcStream stream;

		private @Nullable RunInfo next;

		private int rawStep = Integer.MIN_VALUE;

		private int step;

		private long lastIndex;

		RunInfos(NewareNdcStream stream) throws IOException {
			this.stream = stream;
			this.next = read();
		}

		@Nullable RunInfo peek() {
			return this.next;
		}

		RunInfo take() throws IOException {
			RunInfo taken = this.next;
			if (taken == null) {
				throw new IllegalStateException("no run info left");
			}
			this.next = read();
			return taken;
		}

		private @Nullable RunInfo read() throws IOException {
			while (this.stream.next()) {
				long index = this.stream.i32(41);
				if (index <= 0) {
					continue;
				}
				if (index < this.lastIndex) {
					throw new ParseException(this.stream.recordNumber(), RUN_INFO + " record "
							+ this.stream.recordNumber() + " has index " + index + " after " + this.lastIndex);
				}
				this.lastIndex = index;
				int rawStep = this.stream.i32(37);
				if (rawStep != this.rawStep) {
					this.rawStep = rawStep;
					this.step++;
				}
				double epochSeconds = this.stream.i32(33) + this.stream.u16(45) / 1e3;
				return new RunInfo(this.stream.recordNumber(), index, this.step, this.stream.i32(0) / 1e3,
						this.stream.i32(29) / 1e3, epochSeconds, NewareNdaxRows.decimal(this.stream.f32(5)),
						NewareNdaxRows.decimal(this.stream.f32(9)), NewareNdaxRows.decimal(this.stream.f32(13)),
						NewareNdaxRows.decimal(this.stream.f32(17)));
			}
			return null;
		}

	}

	/**
	 * A step of {@code data_step.ndc}.
	 * @param number counted from 1 over the steps kept (those with a step index)
	 * @param cycle 0-based, as written
	 */
	private record Step(int number, int cycle, int stepIndex, int status) {
	}

	/** {@code data_step.ndc}, read forward as the run info's step count grows. */
	private static final class Steps {

		private final NewareNdcStream stream;

		private @Nullable Step current;

		Steps(NewareNdcStream stream) {
			this.stream = stream;
		}

		Step number(int number, long dataRecord) throws IOException {
			while (this.current == null || this.current.number() < number) {
				if (!this.stream.next()) {
					throw new ParseException(dataRecord, "run info names step " + number + ", " + STEPS + " has "
							+ ((this.current != null) ? this.current.number() : 0));
				}
				int stepIndex = this.stream.i32(4);
				if (stepIndex != 0) {
					int counted = (this.current != null) ? this.current.number() + 1 : 1;
					this.current = new Step(counted, this.stream.i32(0), stepIndex, this.stream.u8(24));
				}
			}
			return this.current;
		}

	}

	/** The merge of the streams by record index. */
	private final class Join {

		private final NewareNdcStream data;

		private final RunInfos runInfos;

		private final Steps steps;

		private final List<NewareNdcStream> aux;

		private final NewareNdaxRows rows;

		private final String[] extras;

		private @Nullable RunInfo previous;

		private long filled;

		private long firstFilled;

		private long auxMissing;

		Join(NewareNdcStream data, RunInfos runInfos, Steps steps, List<NewareNdcStream> aux, NewareNdaxRows rows) {
			this.data = data;
			this.runInfos = runInfos;
			this.steps = steps;
			this.aux = aux;
			this.rows = rows;
			this.extras = new String[EXTRA_NAMES.size() + aux.size()];
		}

		void run() throws IOException {
			while (this.data.next()) {
				long index = this.data.recordNumber();
				readAux();
				NewareNdaxRows.Reading measured = new NewareNdaxRows.Reading(
						NewareNdaxRows.decimal(this.data.f32(4)), NewareNdaxRows.decimal(this.data.f32(0)), Double.NaN,
						Double.NaN, Double.NaN, Double.NaN);
				boolean matched = false;
				for (RunInfo next = this.runInfos.peek(); next != null && next.index() == index; next = this.runInfos
					.peek()) {
					this.previous = this.runInfos.take();
					row(index, this.previous, measured, "");
					matched = true;
				}
				if (!matched) {
					filledRow(index, measured);
				}
			}
			finish();
		}

		private void readAux() throws IOException {
			for (int i = 0; i < this.aux.size(); i++) {
				NewareNdcStream stream = this.aux.get(i);
				boolean present = stream.next();
				this.auxMissing += present ? 0 : 1;
				this.extras[EXTRA_NAMES.size() + i] = present ? Float.toString(stream.f32(0)) : "";
			}
		}

		private void row(long index, RunInfo run, NewareNdaxRows.Reading measured, String fill) throws IOException {
			Step step = this.steps.number(run.step(), index);
			this.extras[0] = NewareNdaxRows.cell(run.seconds());
			this.extras[1] = Integer.toString(step.stepIndex());
			this.extras[2] = fill;
			NewareNdaxRows.Reading reading = new NewareNdaxRows.Reading(measured.currentAmperes(),
					measured.voltageVolts(), run.chargeAmpHours(), run.dischargeAmpHours(), run.chargeWattHours(),
					run.dischargeWattHours());
			this.rows.row(index, step.cycle() + 1, step.number(), step.status(), run.seconds(), reading,
					EpochSeconds.toLocal(run.epochSeconds(), NewareNdaxSplitReader.this.zone), this.extras);
		}

		private void filledRow(long index, NewareNdaxRows.Reading measured) throws IOException {
			this.filled++;
			this.firstFilled = (this.firstFilled == 0) ? index : this.firstFilled;
			RunInfo before = this.previous;
			RunInfo after = this.runInfos.peek();
			RunInfo basis = (before != null) ? before : after;
			if (basis == null) {
				throw new ParseException(index, RUN_INFO + " has no record: no time, cycle or step");
			}
			double seconds = Double.NaN;
			String fill = "unknown";
			if (before != null && after != null && after.step() == before.step() && after.index() > before.index()) {
				double share = (double) (index - before.index()) / (after.index() - before.index());
				seconds = before.seconds() + share * (after.seconds() - before.seconds());
				fill = "interpolated";
			}
			else if (before != null && before.intervalSeconds() > 0) {
				seconds = before.seconds() + (index - before.index()) * before.intervalSeconds();
				fill = "extrapolated";
			}
			double epochSeconds = basis.epochSeconds() + (seconds - basis.seconds());
			row(index, new RunInfo(basis.number(), index, basis.step(), seconds, basis.intervalSeconds(), epochSeconds,
					Double.NaN, Double.NaN, Double.NaN, Double.NaN), measured, fill);
		}

		private void finish() throws IOException {
			long unmatched = 0;
			while (this.runInfos.peek() != null) {
				this.runInfos.take();
				unmatched++;
			}
			if (this.filled > 0) {
				NewareNdaxSplitReader.this.sink.warning(this.firstFilled, this.filled + " records have no run info: "
						+ "time filled (Time_Filled), capacities and energies NaN (first at record " + this.firstFilled
						+ ")");
			}
			if (unmatched > 0) {
				NewareNdaxSplitReader.this.sink.warning(1, unmatched + " run-info records name an index past the "
						+ "last data record: ignored");
			}
			if (this.auxMissing > 0) {
				NewareNdaxSplitReader.this.sink.warning(1, this.auxMissing + " auxiliary values missing (auxiliary "
						+ "files shorter than data.ndc): left empty");
			}
		}

	}

}
