/**
 * Samples and their genealogy: every lot, foil, electrode, cell and specimen, its quantity and what it was made from.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.sample;
