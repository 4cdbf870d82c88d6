/**
 * Engagement: residents' voice. Consultations with a public page where a resident finds an open consultation and
 * responds without an account. The entry point is {@link org.openics.engagement.Engagement}; staff changes need the
 * {@link org.openics.engagement.EngagementPermission}s (docs/engagement.md).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Engagement",
        allowedDependencies = {"kernel", "platform", "governance", "registry", "analytics", "analytics :: cohorts"})
package org.openics.engagement;
