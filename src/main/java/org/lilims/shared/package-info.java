/**
 * Types every module may use: navigation contributions, domain exceptions and value objects.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.lilims.shared;
