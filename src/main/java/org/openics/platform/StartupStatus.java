package org.openics.platform;

import java.util.Locale;
import java.util.Optional;

/**
 * What a starting platform is still doing, for the pages to say while it does it ("The demo population is being
 * loaded — 42% done (ingesting the record sample)"). One per running platform (a bean); a command that loads data after
 * the pages answer reports through {@link #listener(ProgressListener)}, and says {@link #ready()} when done.
 */
public final class StartupStatus {

    private volatile String task;
    private volatile String phase;
    private volatile long total = -1;
    private volatile long done;

    /** Starts a task that pages should mention ("The demo population is being loaded"). */
    public void begin(String task) {
        this.task = task;
        this.phase = null;
        this.total = -1;
        this.done = 0;
    }

    /** The task is over: pages say nothing more. */
    public void ready() {
        this.task = null;
        this.phase = null;
    }

    /** What the pages say, while a task runs. */
    public Optional<String> notice() {
        String current = task;
        if (current == null) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(current);
        long of = total;
        if (of > 0) {
            text.append(String.format(Locale.ROOT, " — %d%% done", Math.min(100, 100 * done / of)));
        }
        String step = phase;
        if (step != null) {
            text.append(" (")
                    .append(step.substring(0, 1).toLowerCase(Locale.ROOT))
                    .append(step.substring(1))
                    .append(')');
        }
        return Optional.of(
                text.append(". Figures and records appear as it finishes.").toString());
    }

    /** A listener that reports to {@code delegate} and keeps this status current. */
    public ProgressListener listener(ProgressListener delegate) {
        return new ProgressListener() {
            @Override
            public void start(String phaseName, long size) {
                phase = phaseName;
                total = size;
                done = 0;
                delegate.start(phaseName, size);
            }

            @Override
            public void start(String phaseName, long size, Unit unit) {
                phase = phaseName;
                total = size;
                done = 0;
                delegate.start(phaseName, size, unit);
            }

            @Override
            public void advance(long now) {
                done = now;
                delegate.advance(now);
            }

            @Override
            public void finish() {
                delegate.finish();
            }
        };
    }
}
