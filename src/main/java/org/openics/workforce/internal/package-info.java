/** Spring adapters of the workforce: the store, the service behind {@link org.openics.workforce.Workforce}, the API and the pages. */
package org.openics.workforce.internal;
