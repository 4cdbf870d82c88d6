package org.openics.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What pages say while the platform loads, and progress lines with their units. */
class StartupStatusTest {

    @Test
    void theNoticeSaysTheTaskItsShareDoneAndThePhaseUntilReady() {
        StartupStatus status = new StartupStatus();
        assertThat(status.notice()).isEmpty();
        status.begin("The demo population is being loaded");
        ProgressListener listener = status.listener(ProgressListener.NONE);
        listener.start("Ingesting 7 file(s)", 200, ProgressListener.Unit.BYTES);
        listener.advance(84);
        assertThat(status.notice())
                .contains("The demo population is being loaded — 42% done (ingesting 7 file(s)). Figures and records"
                        + " appear as it finishes.");
        status.ready();
        assertThat(status.notice()).isEmpty();
    }

    @Test
    void bytesAreShownInMegabytesAndCountsWithSeparators() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(false, new PrintStream(out, true, StandardCharsets.UTF_8));
        progress.start("Ingesting 7 file(s)", 58_312_555, ProgressListener.Unit.BYTES);
        progress.advance(8_259_805);
        progress.finish();
        progress.start("Generating 10467 people", 10_467);
        progress.advance(2_000);
        progress.finish();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Ingesting 7 file(s): started (58.3 MB)")
                .contains("Ingesting 7 file(s): 8.3 of 58.3 MB (14%)")
                .contains("Generating 10467 people: 2,000 of 10,467 (19%)");
    }
}
