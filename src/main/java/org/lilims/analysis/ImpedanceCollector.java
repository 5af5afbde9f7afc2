package org.lilims.analysis;

import java.util.ArrayList;
import java.util.List;

import org.lilims.instrument.CoreColumnsSink;
import org.lilims.instrument.ImpedancePoint;

/**
 * Keeps a file's impedance points (EIS files hold thousands, not millions; beyond {@value #MAX_POINTS} the rest are
 * counted, not kept).
 */
final class ImpedanceCollector implements CoreColumnsSink {

	static final int MAX_POINTS = 500_000;

	private final List<ImpedancePoint> points = new ArrayList<>();

	private long dropped;

	@Override
	public void impedance(ImpedancePoint point) {
		if (this.points.size() < MAX_POINTS) {
			this.points.add(point);
		}
		else {
			this.dropped++;
		}
	}

	List<ImpedancePoint> points() {
		return this.points;
	}

	long dropped() {
		return this.dropped;
	}

}
