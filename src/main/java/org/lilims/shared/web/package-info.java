/**
 * Helpers shared by the browser controllers of all modules.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.shared.web;
