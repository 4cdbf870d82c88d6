package org.openics.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ParentCommand;

/** A command that only groups subcommands (registry, governance, quarantine, audit): alone, it prints its usage. */
abstract class CommandGroup implements Callable<Integer> {

    @ParentCommand
    OpenIcsCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }
}
