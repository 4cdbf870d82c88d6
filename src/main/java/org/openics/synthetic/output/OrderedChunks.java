package org.openics.synthetic.output;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * People made in fixed-size chunks on up to four threads and handed on in person order, so that what comes out is
 * the same whatever the number of threads; at most a few chunks are in memory at once.
 */
public final class OrderedChunks {

    /** Makes the chunk of people {@code from} (inclusive) to {@code to} (exclusive). */
    public interface Maker<T> {
        T make(int from, int to);
    }

    /** Takes one finished chunk, in order. */
    public interface Taker<T> {
        void take(T chunk) throws IOException;
    }

    private OrderedChunks() {}

    public static <T> void run(int people, int chunkSize, Maker<T> maker, Taker<T> taker) throws IOException {
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "synthetic-population");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Future<T>> window = new ArrayDeque<>();
            for (int first = 0; first < people; first += chunkSize) {
                int from = first;
                int to = Math.min(people, first + chunkSize);
                window.add(pool.submit(() -> maker.make(from, to)));
                if (window.size() >= threads * 3) {
                    taker.take(take(window));
                }
            }
            while (!window.isEmpty()) {
                taker.take(take(window));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T take(Deque<Future<T>> window) throws IOException {
        try {
            return window.poll().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(e.getCause());
        }
    }
}
