/** The registry's dated model: timelines of versions and the rules for changing them. Framework-free. */
package org.openics.registry.domain;
