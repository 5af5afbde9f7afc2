/**
 * The embedded default PostgreSQL, started when no external database URL is configured.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.system.database;
