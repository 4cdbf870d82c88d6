/** Spring adapters of engagement: the JDBC store, the service implementing the entry point, and the public pages. */
package org.openics.engagement.internal;
