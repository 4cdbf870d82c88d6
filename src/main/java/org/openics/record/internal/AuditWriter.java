package org.openics.record.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.openics.record.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for the audit log. Every access decision waits until its entry is durable, but the entries of
 * concurrent requests share one append to the hash chain and one commit: one thread takes whatever has queued
 * while the previous batch was committing (up to {@link #BATCH}), chains it under the audit lock in one
 * transaction, commits, and only then releases the callers of that batch. Under 50 concurrent clients this
 * replaces 50 serialised lock-insert-fsync round trips with a few.
 */
@Component
class AuditWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    static final int BATCH = 1000;

    private record Pending(AuditEntry entry, CompletableFuture<AuditEntry> written) {}

    private final AuditStore store;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile boolean running = true;
    private Thread thread;

    AuditWriter(AuditStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    /** Appends the entry (sequence and hash are assigned) and returns it once committed; fails if it could not be written. */
    AuditEntry append(AuditEntry entry) {
        return appendAll(List.of(entry)).get(0);
    }

    /**
     * Appends several entries in their order (e.g. the decisions about every person on one page of search results) and
     * returns them once all are committed: one wait for the lot instead of one group commit each.
     */
    List<AuditEntry> appendAll(List<AuditEntry> entries) {
        List<Pending> pending = entries.stream()
                .map(entry -> new Pending(entry, new CompletableFuture<AuditEntry>()))
                .toList();
        start();
        if (!running) {
            throw new IllegalStateException("the audit log is closed");
        }
        queue.addAll(pending);
        List<AuditEntry> written = new ArrayList<>(pending.size());
        try {
            for (Pending each : pending) {
                written.add(each.written().join());
            }
            return written;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("audit entry not written", e.getCause());
        }
    }

    private synchronized void start() {
        if (thread == null && running) {
            thread = new Thread(this::run, "record-audit-writer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    break;
                }
            } finally {
                batch.clear();
            }
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.written()
                    .completeExceptionally(
                            new IllegalStateException("the audit log closed before this entry was written"));
        }
    }

    private void write(List<Pending> batch) {
        try {
            List<AuditEntry> written = transactions.execute(
                    tx -> store.appendAudit(batch.stream().map(Pending::entry).toList()));
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).written().complete(written.get(i));
            }
        } catch (RuntimeException e) {
            log.error("Could not write {} audit entr(ies); the accesses they record are refused", batch.size(), e);
            batch.forEach(p -> p.written().completeExceptionally(e));
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        Thread writer;
        synchronized (this) {
            running = false;
            writer = thread;
        }
        if (writer != null) {
            writer.join(10_000);
        }
    }
}
