package org.lilims.analysis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lilims.analysis.cycles.VoltageProfile;
import org.lilims.analysis.deposition.LayerMetrics;
import org.lilims.analysis.symmetric.HalfCycleMetrics;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored analysis results: one current result per analysed data set, with everything needed to trace it (the file's
 * SHA-256 and data-set version, the algorithms and their versions, the parameters).
 */
@Component
class AnalysisResults {

	private static final TypeReference<Map<String, Integer>> ALGORITHMS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, Object>> PARAMETERS = new TypeReference<>() {
	};

	private static final TypeReference<Map<String, MetricValue>> METRICS = new TypeReference<>() {
	};

	private static final TypeReference<List<CycleRow>> CYCLES = new TypeReference<>() {
	};

	private static final TypeReference<List<VoltageProfile>> PROFILES = new TypeReference<>() {
	};

	private static final TypeReference<List<LayerMetrics>> LAYERS = new TypeReference<>() {
	};

	private static final TypeReference<List<HalfCycleMetrics>> HALF_CYCLES = new TypeReference<>() {
	};

	private static final TypeReference<List<SpectrumFit>> SPECTRA = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AnalysisResults(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Stores a result; earlier results of the same file and of the superseded files stop being current. */
	@Transactional
	long save(NewResult result, Collection<Long> supersededFileIds) {
		this.jdbc.sql("update analysis.result set current = false where current and instrument_file_id = :file")
			.param("file", result.instrumentFileId())
			.update();
		if (!supersededFileIds.isEmpty()) {
			this.jdbc.sql("update analysis.result set current = false where current and instrument_file_id in (:files)")
				.param("files", supersededFileIds)
				.update();
		}
		return this.jdbc.sql("""
				insert into analysis.result (cell_code, instrument_file_id, file_sha256, file_name, dataset_version, kind,
				                             algorithms, parameters, metrics, cycles, series, profiles, half_cycles, spectra,
				                             computed_at, current)
				values (:cell, :file, :sha, :name, :version, :kind, cast(:algorithms as jsonb),
				        cast(:parameters as jsonb), cast(:metrics as jsonb), cast(:cycles as jsonb),
				        cast(:series as jsonb), cast(:profiles as jsonb), cast(:halfCycles as jsonb),
				        cast(:spectra as jsonb), :now, true)
				returning id
				""")
			.param("cell", result.cellCode())
			.param("file", result.instrumentFileId())
			.param("sha", result.fileSha256())
			.param("name", result.fileName())
			.param("version", result.datasetVersion())
			.param("kind", result.kind().name())
			.param("algorithms", this.json.writeValueAsString(result.algorithms()))
			.param("parameters", this.json.writeValueAsString(result.parameters()))
			.param("metrics", this.json.writeValueAsString(result.metrics()))
			.param("cycles", this.json.writeValueAsString(result.cycles()))
			.param("series", this.json.writeValueAsString(result.series()))
			.param("profiles", this.json.writeValueAsString(result.profiles()))
			.param("halfCycles", this.json.writeValueAsString(result.halfCycles()))
			.param("spectra", this.json.writeValueAsString(result.spectra()))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/** The current result of the cell's newest data set of that kind. */
	Optional<StoredResult> latest(String cellCode, ResultKind kind) {
		return this.jdbc.sql("""
				select id, cell_code, instrument_file_id, file_sha256, file_name, dataset_version, kind, algorithms,
				       parameters, metrics, cycles, computed_at
				  from analysis.result where cell_code = :cell and kind = :kind and current
				 order by instrument_file_id desc limit 1
				""")
			.param("cell", cellCode)
			.param("kind", kind.name())
			.query(this::stored)
			.optional();
	}

	/** The instrument file of a cell's current result of a kind. */
	Optional<Long> latestFileId(String cellCode, ResultKind kind) {
		return this.jdbc.sql("""
				select instrument_file_id from analysis.result where cell_code = :cell and kind = :kind and current
				 order by instrument_file_id desc limit 1
				""")
			.param("cell", cellCode)
			.param("kind", kind.name())
			.query(Long.class)
			.optional();
	}

	/** The headline metrics of a cell's current result of a kind, without reading its per-cycle table. */
	Map<String, MetricValue> latestMetrics(String cellCode, ResultKind kind) {
		return this.jdbc.sql("""
				select metrics from analysis.result where cell_code = :cell and kind = :kind and current
				 order by instrument_file_id desc limit 1
				""")
			.param("cell", cellCode)
			.param("kind", kind.name())
			.query((rs, row) -> this.json.readValue(rs.getString("metrics"), METRICS))
			.optional()
			.orElse(Map.of());
	}

	/**
	 * The headline metrics of many cells' current cycling and impedance results (impedance metrics added to the
	 * cycling ones, as for one cell), in one query.
	 */
	Map<String, Map<String, MetricValue>> latestMetrics(Collection<String> cellCodes) {
		Map<String, Map<String, MetricValue>> byCell = new HashMap<>();
		this.jdbc.sql("""
				select distinct on (cell_code, kind) cell_code, metrics from analysis.result
				 where current and cell_code = any(:cells) and kind in ('CYCLING', 'IMPEDANCE')
				 order by cell_code, kind, instrument_file_id desc
				""")
			.param("cells", cellCodes.toArray(String[]::new))
			.query((rs, row) -> {
				byCell.computeIfAbsent(rs.getString("cell_code"), code -> new LinkedHashMap<>())
					.putAll(this.json.readValue(rs.getString("metrics"), METRICS));
				return null;
			})
			.list();
		return byCell;
	}

	/** Stores the layer metrics of a coating run's deposition log; its earlier results stop being current. */
	@Transactional
	long saveDeposition(long stepId, long instrumentFileId, String fileSha256, String fileName, int datasetVersion,
			Map<String, Integer> algorithms, Map<String, Object> parameters, List<LayerMetrics> layers) {
		this.jdbc.sql("update analysis.result set current = false where current and instrument_file_id = :file")
			.param("file", instrumentFileId)
			.update();
		return this.jdbc.sql("""
				insert into analysis.result (step_id, instrument_file_id, file_sha256, file_name, dataset_version, kind,
				                             algorithms, parameters, metrics, layers, computed_at, current)
				values (:step, :file, :sha, :name, :version, 'DEPOSITION', cast(:algorithms as jsonb),
				        cast(:parameters as jsonb), '{}'::jsonb, cast(:layers as jsonb), :now, true)
				returning id
				""")
			.param("step", stepId)
			.param("file", instrumentFileId)
			.param("sha", fileSha256)
			.param("name", fileName)
			.param("version", datasetVersion)
			.param("algorithms", this.json.writeValueAsString(algorithms))
			.param("parameters", this.json.writeValueAsString(parameters))
			.param("layers", this.json.writeValueAsString(layers))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	/** The current deposition results of a coating run, newest log first. */
	List<DepositionResult> depositions(long stepId) {
		return this.jdbc.sql("""
				select id, instrument_file_id, file_sha256, file_name, dataset_version, algorithms, parameters, layers,
				       computed_at
				  from analysis.result where step_id = :step and kind = 'DEPOSITION' and current
				 order by instrument_file_id desc
				""")
			.param("step", stepId)
			.query((rs, row) -> {
				Map<String, Integer> algorithms = this.json.readValue(rs.getString("algorithms"), ALGORITHMS);
				return new DepositionResult(rs.getLong("id"), rs.getLong("instrument_file_id"),
						rs.getString("file_name"), rs.getString("file_sha256"), rs.getInt("dataset_version"), algorithms,
						this.json.readValue(rs.getString("parameters"), PARAMETERS),
						this.json.readValue(rs.getString("layers"), LAYERS), rs.getTimestamp("computed_at").toInstant(),
						AlgorithmVersions.stale(algorithms));
			})
			.list();
	}

	/** The data set and algorithms of every current result, of cells and coating runs alike. */
	List<AnalysedDataSet> currentDataSets() {
		return this.jdbc.sql("select instrument_file_id, cell_code, step_id, algorithms from analysis.result where current")
			.query((rs, row) -> new AnalysedDataSet(rs.getLong("instrument_file_id"), rs.getString("cell_code"),
					rs.getObject("step_id", Long.class), this.json.readValue(rs.getString("algorithms"), ALGORITHMS)))
			.list();
	}

	/** The half-cycles of the cell's newest cycling data set (symmetric cells). */
	List<HalfCycleMetrics> halfCycles(String cellCode) {
		return plotColumn(cellCode, "half_cycles").map(text -> this.json.readValue(text, HALF_CYCLES))
			.orElse(List.of());
	}

	/** Every current impedance result of the cell, oldest data set first, with its fitted spectra. */
	List<ImpedanceResult> impedance(String cellCode) {
		return this.jdbc.sql("""
				select id, instrument_file_id, file_name, file_sha256, dataset_version, algorithms, parameters, spectra,
				       computed_at
				  from analysis.result where cell_code = :cell and kind = 'IMPEDANCE' and current
				 order by instrument_file_id
				""")
			.param("cell", cellCode)
			.query((rs, row) -> new ImpedanceResult(rs.getLong("id"), rs.getLong("instrument_file_id"),
					rs.getString("file_name"), rs.getString("file_sha256"), rs.getInt("dataset_version"),
					this.json.readValue(rs.getString("algorithms"), ALGORITHMS),
					this.json.readValue(rs.getString("parameters"), PARAMETERS),
					this.json.readValue(rs.getString("spectra"), SPECTRA), rs.getTimestamp("computed_at").toInstant()))
			.list();
	}

	/** The thinned voltage series of the cell's newest cycling data set. */
	Optional<VoltageSeries> series(String cellCode) {
		return plotColumn(cellCode, "series").map(text -> this.json.readValue(text, VoltageSeries.class));
	}

	/** The kept voltage profiles of the cell's newest cycling data set. */
	List<VoltageProfile> profiles(String cellCode) {
		return plotColumn(cellCode, "profiles").map(text -> this.json.readValue(text, PROFILES)).orElse(List.of());
	}

	/** The kept profiles of those cycles only, picked out by the database (a cell keeps a dozen or more). */
	List<VoltageProfile> profiles(String cellCode, List<Integer> cycles) {
		return this.jdbc.sql("""
				select coalesce(jsonb_agg(p.profile order by p.position), '[]'::jsonb)
				  from jsonb_array_elements((select profiles from analysis.result
				                              where cell_code = :cell and kind = 'CYCLING' and current
				                                and profiles is not null
				                              order by instrument_file_id desc limit 1))
				       with ordinality as p(profile, position)
				 where (p.profile ->> 'cycle')::int = any(:cycles)
				""")
			.param("cell", cellCode)
			.param("cycles", cycles.toArray(Integer[]::new))
			.query(String.class)
			.optional()
			.map(text -> this.json.readValue(text, PROFILES))
			.orElse(List.of());
	}

	private Optional<String> plotColumn(String cellCode, String column) {
		return this.jdbc.sql("select " + column + " from analysis.result where cell_code = :cell and kind = 'CYCLING'"
				+ " and current and " + column + " is not null order by instrument_file_id desc limit 1")
			.param("cell", cellCode)
			.query(String.class)
			.optional();
	}

	/**
	 * Cells whose newest current result holding the metric has it within [min, max] (either may be null). A censored
	 * value is a lower bound ("&gt; value"): it matches a minimum it reaches, since the true value exceeds it, but never
	 * a maximum, since the true value may lie beyond it.
	 */
	List<MetricHit> search(String metric, @Nullable Double min, @Nullable Double max) {
		return this.jdbc.sql("""
				select cell_code, id, value, censored
				  from (select distinct on (cell_code) cell_code, id, (metrics -> :metric ->> 'value')::float8 as value,
				               coalesce((metrics -> :metric ->> 'censored')::boolean, false) as censored
				          from analysis.result
				         where current and cell_code is not null and metrics -> :metric ->> 'value' is not null
				         order by cell_code, instrument_file_id desc) newest
				 where (cast(:min as float8) is null or value >= :min)
				   and (cast(:max as float8) is null or (value <= :max and not censored))
				 order by cell_code
				""")
			.param("metric", metric)
			.param("min", min)
			.param("max", max)
			.query((rs, row) -> new MetricHit(rs.getString("cell_code"), rs.getDouble("value"),
					rs.getBoolean("censored"), rs.getLong("id")))
			.list();
	}

	private StoredResult stored(ResultSet rs, int row) throws SQLException {
		String cycles = rs.getString("cycles");
		return new StoredResult(rs.getLong("id"), rs.getString("cell_code"), rs.getLong("instrument_file_id"),
				rs.getString("file_sha256"), rs.getString("file_name"), rs.getInt("dataset_version"),
				ResultKind.valueOf(rs.getString("kind")), this.json.readValue(rs.getString("algorithms"), ALGORITHMS),
				this.json.readValue(rs.getString("parameters"), PARAMETERS),
				this.json.readValue(rs.getString("metrics"), METRICS),
				(cycles != null) ? this.json.readValue(cycles, CYCLES) : List.of(),
				rs.getTimestamp("computed_at").toInstant());
	}

	/** What a result is about. */
	enum ResultKind {

		CYCLING, IMPEDANCE

	}

	/** A result to store. */
	record NewResult(String cellCode, long instrumentFileId, String fileSha256, String fileName, int datasetVersion,
			ResultKind kind, Map<String, Integer> algorithms, Map<String, Object> parameters,
			Map<String, MetricValue> metrics, List<CycleRow> cycles, @Nullable VoltageSeries series,
			List<VoltageProfile> profiles, List<HalfCycleMetrics> halfCycles, List<SpectrumFit> spectra) {
	}

	/** A stored result. */
	record StoredResult(long id, String cellCode, long instrumentFileId, String fileSha256, String fileName,
			int datasetVersion, ResultKind kind, Map<String, Integer> algorithms, Map<String, Object> parameters,
			Map<String, MetricValue> metrics, List<CycleRow> cycles, Instant computedAt) {
	}

	/**
	 * The layer metrics of one deposition log of a coating run, with where they come from.
	 *
	 * @param resultId the stored result
	 * @param instrumentFileId the gateway's record of the log
	 * @param fileName its name
	 * @param fileSha256 SHA-256 of its raw bytes
	 * @param datasetVersion which version of the log
	 * @param algorithms the algorithm and its version
	 * @param parameters the run's recorded layers the log was compared with ({@code targets})
	 * @param layers per layer: thickness, rate, duration, deviation from target
	 * @param computedAt when
	 * @param stale whether the algorithm has a newer version since (recompute to update)
	 */
	record DepositionResult(long resultId, long instrumentFileId, String fileName, String fileSha256,
			int datasetVersion, Map<String, Integer> algorithms, Map<String, Object> parameters,
			List<LayerMetrics> layers, Instant computedAt, boolean stale) {
	}

	/**
	 * The data set a current result was computed from, and by which algorithms.
	 *
	 * @param instrumentFileId the gateway's record of the file
	 * @param cellCode the cell, for a cell's data set
	 * @param stepId the coating run, for a deposition log
	 * @param algorithms the algorithms and their versions
	 */
	record AnalysedDataSet(long instrumentFileId, @Nullable String cellCode, @Nullable Long stepId,
			Map<String, Integer> algorithms) {
	}

	/**
	 * The fitted spectra of one impedance data set of a cell.
	 *
	 * @param resultId the stored result
	 * @param instrumentFileId the gateway's record of the file
	 * @param fileName its name
	 * @param fileSha256 SHA-256 of its raw bytes
	 * @param datasetVersion which version of the data set
	 * @param algorithms the algorithm and its version
	 * @param parameters the circuit and the points' selection
	 * @param spectra each spectrum with its fit, in file order
	 * @param computedAt when
	 */
	record ImpedanceResult(long resultId, long instrumentFileId, String fileName, String fileSha256,
			int datasetVersion, Map<String, Integer> algorithms, Map<String, Object> parameters,
			List<SpectrumFit> spectra, Instant computedAt) {
	}

	/**
	 * A cell found by a metric search.
	 *
	 * @param cellCode the cell
	 * @param value the metric's value
	 * @param censored whether it is a lower bound
	 * @param resultId the result it comes from
	 */
	record MetricHit(String cellCode, double value, boolean censored, long resultId) {
	}

}
