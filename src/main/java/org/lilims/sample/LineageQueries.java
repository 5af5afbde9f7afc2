package org.lilims.sample;

import java.util.ArrayList;
import java.util.List;

import org.lilims.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the genealogy with recursive SQL: one query for the nodes at any depth, one for the edges between them.
 */
@Component
class LineageQueries {

	/** Guards against a runaway walk; real genealogies are a handful of generations deep. */
	private static final int MAX_DEPTH = 200;

	/** Walks edges from {@code from} (the side known so far) to {@code to} (the side found next). */
	private static final String WALK = """
			with recursive walk(id, depth) as (
			    select e.%2$s, 1 from sample.lineage_edge e where e.%1$s = :root
			    union
			    select e.%2$s, w.depth + 1 from sample.lineage_edge e join walk w on e.%1$s = w.id
			    where w.depth < :maxDepth
			)
			select s.id, s.code, s.kind, s.name, s.coating_variant, s.status, min(w.depth) as depth
			from walk w join sample.sample s on s.id = w.id
			group by s.id order by depth, s.code""";

	private static final String ANCESTORS = WALK.formatted("child_id", "parent_id");

	private static final String DESCENDANTS = WALK.formatted("parent_id", "child_id");

	private final JdbcClient jdbc;

	LineageQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	LineageGraph lineage(String code, boolean ancestors) {
		NodeRow root = this.jdbc
			.sql("select id, code, kind, name, coating_variant, status, 0 as depth from sample.sample where code = :code")
			.param("code", code)
			.query(LineageQueries::node)
			.optional()
			.orElseThrow(() -> new NotFoundException("No sample with code " + code));
		List<NodeRow> rows = new ArrayList<>();
		rows.add(root);
		rows.addAll(this.jdbc.sql(ancestors ? ANCESTORS : DESCENDANTS)
			.param("root", root.id())
			.param("maxDepth", MAX_DEPTH)
			.query(LineageQueries::node)
			.list());
		List<Long> ids = rows.stream().map(NodeRow::id).toList();
		List<LineageGraph.Edge> edges = this.jdbc.sql("""
				select p.code as parent, c.code as child, e.step_id, c.produced_by_step_type
				from sample.lineage_edge e
				join sample.sample p on p.id = e.parent_id
				join sample.sample c on c.id = e.child_id
				where e.child_id in (:ids) and e.parent_id in (:ids)
				order by c.code, p.code""")
			.param("ids", ids)
			.query((rs, n) -> new LineageGraph.Edge(rs.getString("parent"), rs.getString("child"),
					(Long) rs.getObject("step_id"), rs.getString("produced_by_step_type")))
			.list();
		return new LineageGraph(code, ancestors ? "ancestors" : "descendants",
				rows.stream().map(NodeRow::toNode).toList(), edges);
	}

	private static NodeRow node(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
		return new NodeRow(rs.getLong("id"), new LineageGraph.Node(rs.getString("code"),
				SampleKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("coating_variant"),
				SampleStatus.valueOf(rs.getString("status")), rs.getInt("depth")));
	}

	private record NodeRow(long id, LineageGraph.Node toNode) {
	}

}
