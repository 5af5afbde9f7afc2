/**
 * The watch-folder agent that runs on instrument PCs and sends new and changed files to the gateway; started from the
 * command line, so exposed to the application's main class.
 */
@org.springframework.modulith.NamedInterface("agent")
@org.jspecify.annotations.NullMarked
package org.lilims.instrument.agent;
