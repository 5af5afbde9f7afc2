package org.lilims.analysis.eis;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Starting values for a fit, read from the spectrum's shape ({@link SpectrumFeatures}) and the circuit's structure:
 * <ul>
 * <li>resistors in series with the whole circuit share the high-frequency real intercept;</li>
 * <li>each parallel group with a capacitor or CPE branch is an arc, matched to the spectrum's arcs from high to low
 * frequency in the order the groups appear in the string (arcs are split or merged when the counts differ); its
 * resistors share the arc's width, its CPE gets α from the arc's depression ((R/2)·tan(απ/4) = apex height, kept
 * within 0.6–0.95) and Q from the apex frequency (ω_max = 1/(R·Q)^(1/α)), its capacitor C = 1/(R·ω_max);</li>
 * <li>Warburg elements take σ from the low-frequency tail (−Im(Z) = σ/√ω); Wo and Ws take τ = 3/ω_min and
 * R = σ·√(2τ), so that the data lie in their semi-infinite region;</li>
 * <li>an inductor takes Im(Z)/ω of the inductive high-frequency points, a series capacitor or CPE the
 * lowest-frequency point.</li>
 * </ul>
 */
final class InitialGuesses {

	private static final double MIN_ALPHA = 0.6;

	private static final double MAX_ALPHA = 0.95;

	private static final double SERIES_CPE_ALPHA = 0.8;

	private InitialGuesses() {
	}

	static double[] of(EquivalentCircuit circuit, ImpedanceSpectrum spectrum) {
		return of(circuit, SpectrumFeatures.of(spectrum));
	}

	static double[] of(EquivalentCircuit circuit, SpectrumFeatures features) {
		Map<CircuitNode.Element, CircuitNode.Parallel> enclosing = new IdentityHashMap<>();
		List<CircuitNode.Parallel> arcGroups = new ArrayList<>();
		walk(circuit.root(), null, enclosing, arcGroups);
		List<SpectrumFeatures.Arc> arcs = matched(features.arcs(), arcGroups.size());
		Map<CircuitNode.Parallel, SpectrumFeatures.Arc> arcOf = new IdentityHashMap<>();
		for (int g = 0; g < arcGroups.size(); g++) {
			arcOf.put(arcGroups.get(g), arcs.get(g));
		}
		Map<Object, Integer> resistorsIn = new IdentityHashMap<>();
		Object topLevel = new Object();
		for (CircuitNode.Element element : circuit.elements()) {
			if (element.kind() == ElementKind.R) {
				resistorsIn.merge(groupKey(enclosing.get(element), topLevel), 1, Integer::sum);
			}
		}
		double totalWidth = arcs.stream().mapToDouble(SpectrumFeatures.Arc::widthOhms).sum();
		double sigma = Double.isNaN(features.tailSigma())
				? 0.1 * features.lowFrequencyMinusImOhms() * Math.sqrt(features.omegaMin()) : features.tailSigma();
		double[] p = new double[circuit.parameterCount()];
		for (CircuitNode.Element element : circuit.elements()) {
			CircuitNode.Parallel group = enclosing.get(element);
			SpectrumFeatures.Arc arc = (group != null) ? arcOf.get(group) : null;
			int at = element.from();
			switch (element.kind()) {
				case R -> {
					Object key = groupKey(group, topLevel);
					double share = (key == topLevel) ? features.highFrequencyOhms()
							: (arc != null) ? arc.widthOhms() : totalWidth;
					p[at] = share / resistorsIn.get(key);
				}
				case C -> p[at] = (arc != null) ? 1 / (arc.widthOhms() * arc.apexOmega())
						: 1 / (features.omegaMin() * features.lowFrequencyMinusImOhms());
				case CPE -> {
					if (arc != null) {
						double alpha = Math.min(MAX_ALPHA, Math.max(MIN_ALPHA, arc.alpha()));
						p[at] = 1 / (arc.widthOhms() * Math.pow(arc.apexOmega(), alpha));
						p[at + 1] = alpha;
					}
					else {
						// −Im of a CPE is sin(απ/2) / (Q ω^α)
						p[at] = Math.sin(SERIES_CPE_ALPHA * Math.PI / 2) / (features.lowFrequencyMinusImOhms()
								* Math.pow(features.omegaMin(), SERIES_CPE_ALPHA));
						p[at + 1] = SERIES_CPE_ALPHA;
					}
				}
				case L -> p[at] = Double.isNaN(features.inductanceHenry())
						? 1e-3 * features.highFrequencyOhms() / features.omegaMax() : features.inductanceHenry();
				case W -> p[at] = sigma;
				case WO, WS -> {
					double tau = 3 / features.omegaMin();
					p[at] = sigma * Math.sqrt(2 * tau);
					p[at + 1] = tau;
				}
			}
		}
		double floor = 1e-12 * Math.max(features.highFrequencyOhms(), 1e-300);
		for (int k = 0; k < p.length; k++) {
			if (!(p[k] > 0) || !Double.isFinite(p[k])) {
				p[k] = circuit.isFraction(k) ? SERIES_CPE_ALPHA : Math.max(floor, Double.MIN_NORMAL);
			}
		}
		return p;
	}

	private static Object groupKey(CircuitNode.@Nullable Parallel group, Object topLevel) {
		return (group == null) ? topLevel : group;
	}

	/** The spectrum's arcs, split (widest first) or merged (lowest-frequency first) to {@code count}. */
	static List<SpectrumFeatures.Arc> matched(List<SpectrumFeatures.Arc> found, int count) {
		List<SpectrumFeatures.Arc> arcs = new ArrayList<>(found);
		while (count > 0 && arcs.size() < count) {
			int widest = 0;
			for (int i = 1; i < arcs.size(); i++) {
				if (arcs.get(i).widthOhms() > arcs.get(widest).widthOhms()) {
					widest = i;
				}
			}
			SpectrumFeatures.Arc arc = arcs.remove(widest);
			double half = arc.widthOhms() / 2;
			arcs.add(widest, new SpectrumFeatures.Arc(arc.startOhms() + half, half, arc.apexOmega() / 4,
					arc.heightOhms() / 2));
			arcs.add(widest, new SpectrumFeatures.Arc(arc.startOhms(), half, arc.apexOmega() * 4,
					arc.heightOhms() / 2));
		}
		while (count > 0 && arcs.size() > count) {
			SpectrumFeatures.Arc last = arcs.remove(arcs.size() - 1);
			SpectrumFeatures.Arc before = arcs.remove(arcs.size() - 1);
			SpectrumFeatures.Arc wider = (last.widthOhms() > before.widthOhms()) ? last : before;
			arcs.add(new SpectrumFeatures.Arc(before.startOhms(), before.widthOhms() + last.widthOhms(),
					wider.apexOmega(), Math.max(before.heightOhms(), last.heightOhms())));
		}
		return arcs;
	}

	/** Maps each element to its nearest enclosing parallel group and lists the arc groups depth-first. */
	private static void walk(CircuitNode node, CircuitNode.@Nullable Parallel group,
			Map<CircuitNode.Element, CircuitNode.Parallel> enclosing, List<CircuitNode.Parallel> arcGroups) {
		if (node instanceof CircuitNode.Element element) {
			if (group != null) {
				enclosing.put(element, group);
			}
		}
		else if (node instanceof CircuitNode.Series series) {
			series.parts().forEach(part -> walk(part, group, enclosing, arcGroups));
		}
		else if (node instanceof CircuitNode.Parallel parallel) {
			if (parallel.isArc()) {
				arcGroups.add(parallel);
			}
			parallel.branches().forEach(branch -> walk(branch, parallel, enclosing, arcGroups));
		}
	}

}
