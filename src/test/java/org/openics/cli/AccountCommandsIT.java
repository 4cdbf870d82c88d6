package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openics.support.PlatformIT;

/**
 * A deployment's first administrator and its feeds come from the command line (finding 5): the password from a file or
 * standard input, never an argument; a feed's secret printed once. The commands run against the running platform's
 * store, as an operator would while it serves.
 */
class AccountCommandsIT extends PlatformIT {

    static RegistryCommandIT.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--home";
        all[1] = HOME.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return RegistryCommandIT.run(all);
    }

    int status(String user, String password, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((user + ":" + password)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void anAdministratorIsAddedFromAPasswordFileAndSignsIn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("password.txt");
        Files.writeString(file, "correct horse battery staple\n");
        RegistryCommandIT.Result added = run(
                "accounts",
                "add",
                "cli-admin",
                "--role",
                "ADMIN",
                "--organisation",
                "qzz",
                "--password-file",
                file.toString());
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("added Administrator account cli-admin for QZZ");
        RegistryCommandIT.Result again = run(
                "accounts",
                "add",
                "cli-admin",
                "--role",
                "ADMIN",
                "--organisation",
                "QZZ",
                "--password-file",
                file.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("there is already an account cli-admin");
        Files.writeString(file, "short\n");
        assertThat(run(
                                "accounts",
                                "add",
                                "cli-short",
                                "--role",
                                "CLINICIAN",
                                "--organisation",
                                "Z00001",
                                "--password-file",
                                file.toString())
                        .err())
                .contains("at least 12 characters");
        // signed in, an administrator sees no record without breaking glass
        assertThat(status("cli-admin", "correct horse battery staple", "/fhir/Patient/p-ada"))
                .isIn(403, 404);
        assertThat(status("cli-admin", "wrong", "/fhir/Patient/p-ada")).isEqualTo(401);
        assertThat(run("accounts", "list").out()).contains("cli-admin\tADMIN\tQZZ");
    }

    @Test
    void aFeedIsRegisteredWithASecretShownOnce() {
        RegistryCommandIT.Result feed = run("feeds", "add", "--organisation", "rj1", "--name", "cli-feed-rj1");
        assertThat(feed.exit()).as(feed.err()).isZero();
        String[] lines = feed.out().strip().split("\n");
        assertThat(lines[0]).contains("registered integration feed cli-feed-rj1 for RJ1");
        assertThat(lines[1]).matches("[A-Za-z0-9_-]{43}");
        assertThat(run("feeds", "list").out())
                .contains("cli-feed-rj1\tINTEGRATION_FEED\tRJ1")
                .doesNotContain(lines[1]);
        assertThat(run("feeds", "add", "--organisation", "not an ods code").err())
                .contains("is not an ODS code");
    }
}
