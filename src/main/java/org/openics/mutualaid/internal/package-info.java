/** Spring adapters of mutual aid: the JDBC store, the service behind the entry point, the REST API and the pages. */
package org.openics.mutualaid.internal;
