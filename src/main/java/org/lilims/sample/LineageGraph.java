package org.lilims.sample;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The ancestors or descendants of a sample as a graph.
 *
 * @param root the sample asked about
 * @param direction {@code ancestors} or {@code descendants}
 * @param nodes every sample in the graph, the root included, with its distance from the root
 * @param edges parent-to-child links between them, with the step that made the child
 */
public record LineageGraph(String root, String direction, List<Node> nodes, List<Edge> edges) {

	/**
	 * A sample in the graph.
	 *
	 * @param code its code
	 * @param kind what it is
	 * @param name its name
	 * @param coatingVariant its coating
	 * @param status where it is in its life
	 * @param depth shortest number of steps from the root
	 */
	public record Node(String code, SampleKind kind, @Nullable String name, @Nullable String coatingVariant,
			SampleStatus status, int depth) {
	}

	/**
	 * A parent-to-child link.
	 *
	 * @param parent code of the parent
	 * @param child code of the child
	 * @param stepId the step that made the child
	 * @param stepType its type
	 */
	public record Edge(String parent, String child, @Nullable Long stepId, @Nullable String stepType) {
	}

}
