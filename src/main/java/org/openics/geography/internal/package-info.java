/** Adapters of geography: the GeoJSON reader (Jackson), the PostgreSQL store and the service. */
package org.openics.geography.internal;
