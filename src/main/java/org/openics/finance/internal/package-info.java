/** Spring adapters of finance: the JDBC store, the service behind {@link org.openics.finance.Finance}, the REST API and the pages. */
package org.openics.finance.internal;
