/**
 * Platform: the ground every domain stands on — local state under OPENICS_HOME, the PostgreSQL store
 * (embedded or external), security, and progress reporting for long jobs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.openics.platform;
