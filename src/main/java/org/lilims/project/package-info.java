/**
 * Research groups and projects: which records a user may see and change.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.project;
