/** Spring adapters of system development: the store, the service, the pages and the plan's YAML form. */
package org.openics.development.internal;
