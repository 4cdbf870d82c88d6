/**
 * Command line: picocli commands that dispatch before Spring starts and call each domain through its
 * public entry point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.openics.cli;
