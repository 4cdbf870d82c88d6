package org.openics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A second demo (or serve) on a port another program holds says so at once and exits 2, before anything starts. */
class BusyPortTest {

    @Test
    void aBusyPortIsNamedWithWhatToDoAndAFreeOneIsNot() throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(0));
            int port = other.getLocalPort();
            assertThat(Platform.portInUse(port))
                    .hasValueSatisfying(why -> assertThat(why)
                            .contains("port " + port + " is already in use")
                            .contains("--port N"));
        }
        assertThat(Platform.portInUse(0)).isEmpty();
    }

    @Test
    void demoAndServeOnABusyPortExitTwoWithTheReasonAndStartNothing() throws Exception {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        PrintStream old = System.err;
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(0));
            String port = Integer.toString(other.getLocalPort());
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(OpenIcsCommand.commandLine().execute("demo", "--port", port))
                    .isEqualTo(2);
            assertThat(OpenIcsCommand.commandLine().execute("serve", "--port", port))
                    .isEqualTo(2);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("is already in use")
                .doesNotContain("starting the platform");
    }
}
