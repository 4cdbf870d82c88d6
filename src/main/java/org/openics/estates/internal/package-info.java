/** Spring adapters of the estates: the store, the service behind {@link org.openics.estates.Estates}, the API, the pages and the site map. */
package org.openics.estates.internal;
