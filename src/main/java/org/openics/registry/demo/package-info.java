/** The built-in synthetic ICS that the demo runs on without any download. Framework-free. */
package org.openics.registry.demo;
