package org.openics.cli;

/**
 * The one entry point of the jar: the command line is parsed before Spring starts, so plain commands
 * (help, version) answer at once and only {@code serve}, {@code demo} and database commands pay for
 * starting the platform.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        int exit = OpenIcsCommand.run(args);
        if (exit != OpenIcsCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
