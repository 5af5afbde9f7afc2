/**
 * Files stored once by their SHA-256 content hash and attached to records of any module by an opaque reference.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.lilims.storage;
