package org.openics.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.openics.kernel.Actor;
import org.openics.kernel.NhsNumber;
import org.openics.kernel.UserRole;
import org.openics.record.AccountResult;
import org.openics.record.SharedCareRecord;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code openics accounts ...} and {@code openics feeds ...}: the accounts that may sign in and the integration feeds
 * that may send records. {@code openics serve} creates none; a deployment gets its first administrator here (or uses
 * OIDC). The command line holds the store's credentials: it acts as the operator, and the audit log says so.
 */
final class AccountCommands {

    static final String EXIT_CODES = "Exit status: 0 done, 1 refused (the reason is printed), 2 wrong usage.";

    private static final Actor OPERATOR = SharedCareRecord.OPERATOR;

    private AccountCommands() {}

    @Command(
            name = "accounts",
            mixinStandardHelpOptions = true,
            description =
                    "Accounts of people who sign in (passwords kept as BCrypt hashes). openics serve creates none.",
            subcommands = {Add.class, ListAccounts.class})
    static final class Accounts extends CommandGroup {}

    @Command(
            name = "feeds",
            mixinStandardHelpOptions = true,
            description = {
                "Integration feeds: machine identities of one organisation's system (a trust's EPR, a GP system).",
                "A feed sends only its organisation's records, and only what it sends gives that organisation a relationship",
                "with a person (and so access to their record); it reads nothing."
            },
            subcommands = {AddFeed.class, ListAccounts.class})
    static final class Feeds extends CommandGroup {}

    /** Runs one change against the store and prints its result. */
    static int run(Path home, Function<SharedCareRecord, AccountResult> change) {
        try (ConfigurableApplicationContext context = Platform.batch(home)) {
            AccountResult result = change.apply(context.getBean(SharedCareRecord.class));
            if (!result.done()) {
                System.err.println("openics: " + result.message());
                return 1;
            }
            System.out.println(result.message());
            result.secret().ifPresent(System.out::println);
            return 0;
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Add an account. The password is read from --password-file, else from the first line of standard input",
                "(at least 12 characters); it is never an argument, so it stays out of the shell history and the process list.",
                EXIT_CODES
            },
            footer = {"%nExample: openics accounts add alice --role ADMIN --organisation QXX < alice-password.txt"})
    static final class Add implements Callable<Integer> {

        @ParentCommand
        Accounts group;

        @Parameters(index = "0", paramLabel = "USERNAME", description = "The name to sign in with.")
        String username;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description =
                        "CLINICIAN, CARE_WORKER, ANALYST, RESIDENT, ADMIN, GOVERNANCE_ADMIN, FINANCE_LEAD, OPERATIONS_LEAD, "
                                + "WORKFORCE_LEAD, ESTATES_LEAD or ENGAGEMENT_LEAD.")
        UserRole role;

        @Option(
                names = "--organisation",
                paramLabel = "ODS",
                description = "The organisation the person works for (ODS code; staff).")
        String organisation;

        @Option(names = "--nhs-number", paramLabel = "N", description = "A resident's own NHS number.")
        String nhsNumber;

        @Option(
                names = "--password-file",
                paramLabel = "FILE",
                description = "A file whose first line is the password.")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            Optional<NhsNumber> nhs;
            try {
                nhs = Optional.ofNullable(nhsNumber).map(n -> new NhsNumber(n.replace(" ", "")));
            } catch (IllegalArgumentException e) {
                System.err.println("openics: '" + nhsNumber + "' is not a valid NHS number (" + e.getMessage() + ")");
                return 1;
            }
            Actor account;
            try {
                account = new Actor(
                        username,
                        role,
                        Optional.ofNullable(organisation).map(o -> o.trim().toUpperCase(Locale.ROOT)),
                        nhs);
            } catch (IllegalArgumentException e) {
                System.err.println("openics: " + e.getMessage());
                return 1;
            }
            char[] password = password();
            return run(group.parent.home(), record -> record.addAccount(account, password, OPERATOR));
        }

        private char[] password() throws IOException {
            String line;
            if (passwordFile != null) {
                line = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
                        .findFirst()
                        .orElse("");
            } else {
                line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
            return line == null ? new char[0] : line.toCharArray();
        }
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = {
                "Register an integration feed for an organisation. Prints its user name and its secret once (only a",
                "hash is kept): the feed sends with HTTP Basic (or asks POST /api/auth/token for a bearer token).",
                EXIT_CODES
            },
            footer = {"%nExample: openics feeds add --organisation RJ1"})
    static final class AddFeed implements Callable<Integer> {

        @ParentCommand
        Feeds group;

        @Option(
                names = "--organisation",
                required = true,
                paramLabel = "ODS",
                description = "The organisation the feed sends for.")
        String organisation;

        @Option(
                names = "--name",
                paramLabel = "NAME",
                description = "The feed's user name (default feed-<ods>, in lower case).")
        String name;

        @Override
        public Integer call() {
            return run(group.parent.home(), record -> record.registerFeed(name, organisation, OPERATOR));
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "The accounts and feeds in the store, with role and organisation.")
    static final class ListAccounts implements Callable<Integer> {

        @ParentCommand
        CommandGroup group;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = Platform.batch(group.parent.home())) {
                for (Actor actor : context.getBean(SharedCareRecord.class).accounts(OPERATOR)) {
                    System.out.println(actor.username() + "\t" + actor.role().name() + "\t"
                            + actor.organisation().orElse("")
                            + actor.nhsNumber().map(n -> "\t" + n.value()).orElse(""));
                }
                return 0;
            }
        }
    }
}
