/**
 * Process steps (roll-pressing, PVD coating, punching, cell assembly, post-mortem, admin-defined templates) and lot
 * receipt: their parameter definitions, validation, and the samples they consume and produce.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.process;
