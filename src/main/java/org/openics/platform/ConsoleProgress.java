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
    private Unit unit = Unit.ITEMS;

    public ConsoleProgress() {
        this(System.console() != null, System.err);
    }

    ConsoleProgress(boolean terminal, PrintStream out) {
        this.terminal = terminal;
        this.out = out;
    }

    @Override
    public void start(String phase, long total) {
        start(phase, total, Unit.ITEMS);
    }

    @Override
    public void start(String phase, long total, Unit unit) {
        finish();
        this.unit = unit;
        this.phase = phase;
        this.total = total;
        this.started = System.nanoTime();
        if (terminal) {
            bar = new ProgressBarBuilder()
                    .setTaskName(phase)
                    .setInitialMax(total)
                    .setUnit(unit == Unit.BYTES ? " MB" : "", unit == Unit.BYTES ? 1_000_000 : 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer(out))
                    .setUpdateIntervalMillis(200)
                    .setMaxRenderedLength(100)
                    .build();
        } else {
            out.println(phase + ": started" + (total >= 0 ? " (" + amount(total) + ")" : ""));
            nextReport = total > 0 ? Math.max(1, total / 10) : Long.MAX_VALUE;
        }
    }

    @Override
    public void advance(long done) {
        if (bar != null) {
            bar.stepTo(done);
        } else if (phase != null && done >= nextReport && done < total) {
            out.println(phase + ": " + amount(done, total) + " (" + (100 * done / total) + "%)");
            nextReport += Math.max(1, total / 10);
        }
    }

    /** "1,204 of 10,467" or, for bytes, "8.3 of 58.3 MB". */
    String amount(long done, long of) {
        return unit == Unit.BYTES
                ? String.format(java.util.Locale.UK, "%,.1f of %,.1f MB", done / 1e6, of / 1e6)
                : String.format(java.util.Locale.UK, "%,d of %,d", done, of);
    }

    String amount(long size) {
        return unit == Unit.BYTES
                ? String.format(java.util.Locale.UK, "%,.1f MB", size / 1e6)
                : String.format(java.util.Locale.UK, "%,d", size);
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
            out.println(phase + ": done in "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
        }
        phase = null;
    }
}
