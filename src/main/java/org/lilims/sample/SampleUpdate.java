package org.lilims.sample;

import org.jspecify.annotations.Nullable;

/**
 * Changes to a sample's description or status; {@code null} leaves a field as it is.
 *
 * @param name new name
 * @param location new storage location
 * @param notes new notes
 * @param status new status, e.g. {@code DISPOSED}
 * @param reason why, recorded in the audit trail
 * @param version the version the change is based on; a newer one in the database is a conflict
 */
record SampleUpdate(@Nullable String name, @Nullable String location, @Nullable String notes,
		@Nullable SampleStatus status, @Nullable String reason, @Nullable Long version) {
}
