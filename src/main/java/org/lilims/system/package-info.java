/**
 * Cross-cutting web shell: home page, layout navigation, error handling, problem details, request logging and OpenAPI.
 */
@org.jspecify.annotations.NullMarked
package org.lilims.system;
