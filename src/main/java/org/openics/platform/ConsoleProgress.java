package org.openics.platform;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress on standard error: a progress bar on a terminal, plain lines (every tenth) otherwise, so
 * that logs of scheduled jobs stay readable and standard output stays clean for results.
 */
public final class ConsoleProgress implements ProgressListener {

    private final boolean terminal;
    private final PrintStream out;
    private ProgressBar bar;
    private String phase;
    private long total;
    private long nextReport;
    private long started;

    public ConsoleProgress() {
        this(System.console() != null, System.err);
    }

    ConsoleProgress(boolean terminal, PrintStream out) {
        this.terminal = terminal;
        this.out = out;
    }

    @Override
    public void start(String phase, long total) {
        finish();
        this.phase = phase;
        this.total = total;
        this.started = System.nanoTime();
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(phase)
                    .setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(out))
                    .setUpdateIntervalMillis(200)
                    .setMaxRenderedLength(100)
                    .build();
        } else {
            out.println(phase + ": started" + (total >= 0 ? " (" + total + ")" : ""));
            nextReport = total > 0 ? Math.max(1, total / 10) : Long.MAX_VALUE;
        }
    }

    @Override
    public void advance(long done) {
        if (bar != null) {
            bar.stepTo(done);
        } else if (phase != null && done >= nextReport && done < total) {
            out.println(phase + ": " + done + " of " + total + " (" + (100 * done / total) + "%)");
            nextReport += Math.max(1, total / 10);
        }
    }

    @Override
    public void finish() {
        if (phase == null) {
            return;
        }
        if (bar != null) {
            bar.close();
            bar = null;
        } else {
            out.println(phase + ": done in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        }
        phase = null;
    }
}
