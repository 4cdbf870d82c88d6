/** Spring adapters of governance: the service, the PostgreSQL store, YAML, web pages, REST API and wiring. */
package org.openics.governance.internal;
