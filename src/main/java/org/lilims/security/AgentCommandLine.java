package org.lilims.security;

/**
 * The command that starts the watch-folder agent on an instrument PC, as shown once with a new instrument token.
 */
final class AgentCommandLine {

	private AgentCommandLine() {
	}

	static String of(String serverUrl, String token, String instrumentId) {
		return "java -jar lilims-exec.jar agent --watch DIR --server " + serverUrl + " --token " + token
				+ " --instrument " + instrumentId;
	}

	/**
	 * The instrument id of an instrument account: its display name when that is one (connecting an instrument sets
	 * it), else its user name.
	 */
	static String instrumentIdOf(UserView account) {
		String name = account.displayName();
		boolean isInstrumentId = name != null && InstrumentConnections.INSTRUMENT_ID.matcher(name).matches();
		return isInstrumentId ? name : account.username();
	}

}
