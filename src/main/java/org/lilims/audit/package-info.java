/**
 * The append-only audit trail: who changed what, when, from which values to which, and why.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.audit;
