package org.lilims.instrument;

/**
 * Where a file received by the gateway is: stored ({@code RECEIVED}), read ({@code PARSED}), tied to its cell
 * ({@code LINKED}), parsed but no cell found ({@code UNMATCHED}, waiting in the inbox), or unreadable ({@code FAILED},
 * with the reason; still stored and downloadable, and re-processed after a parser fix).
 */
public enum InstrumentFileState {

	RECEIVED, PARSED, LINKED, FAILED, UNMATCHED

}
