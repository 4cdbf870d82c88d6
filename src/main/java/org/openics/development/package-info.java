/**
 * How the integrated care system itself is developing: the sixteen conditions for ICS success with
 * their RAG ratings and dated history, and the system development plan (work areas, milestones linked
 * to the indicators that measure them, a Gantt view). Also home of the data quality page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System development")
package org.openics.development;
