/** Spring adapters of analytics: the DuckDB facts store, the refresh engine, the result store and the REST API. */
package org.openics.analytics.internal;
