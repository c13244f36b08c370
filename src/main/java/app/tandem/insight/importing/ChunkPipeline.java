package app.tandem.insight.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Makes items on a thread of its own and hands them, in chunks and in order, to the calling thread,
 * which works on one chunk while the next is made (for an import: one core parses the file while
 * the other saves). At most three chunks are in memory: one being made, one waiting, one being
 * worked on. A failure on either side stops the other and is thrown to the caller as it was thrown
 * (a failure of the maker after the caller's own is added to it as suppressed).
 *
 * <p>The caller never waits on the maker in a way an interrupt could break: when the caller stops
 * (its work failed, or it was interrupted), it tells the maker and waits for it to end, which takes
 * at most one hand-over attempt (10 ms) or one item.
 */
final class ChunkPipeline {

    /** What makes the items; it gives each to the sink, in order, on the pipeline's own thread. */
    interface Source<T> {
        void each(Consumer<T> sink);
    }

    /** Marks the end of the chunks (compared by identity). */
    private static final List<Object> END = new ArrayList<>(0);

    private ChunkPipeline() {}

    static <T> void run(String threadName, int chunkSize, Source<T> source, Consumer<List<T>> work) {
        BlockingQueue<List<?>> chunks = new ArrayBlockingQueue<>(1);
        Stop stop = new Stop();
        CompletableFuture<Void> making = CompletableFuture.runAsync(
                () -> {
                    // the maker hands over END itself, last, even when it fails (handing it over from a
                    // completion stage could run on the caller's thread and block it on the full queue)
                    boolean made = false;
                    try {
                        List<T> chunk = new ArrayList<>(chunkSize);
                        source.each(item -> {
                            stop.check();
                            chunk.add(item);
                            if (chunk.size() == chunkSize) {
                                hand(chunks, new ArrayList<>(chunk), stop);
                                chunk.clear();
                            }
                        });
                        if (!chunk.isEmpty()) {
                            hand(chunks, chunk, stop);
                        }
                        made = true;
                    } finally {
                        if (!stop.requested) {
                            try {
                                hand(chunks, END, stop);
                            } catch (CancellationException e) {
                                if (made) {
                                    throw e;
                                } // else the maker's own failure goes on
                            }
                        }
                    }
                },
                task -> Thread.ofPlatform().name(threadName).daemon().start(task));
        try {
            for (List<?> chunk = take(chunks); chunk != END; chunk = take(chunks)) {
                @SuppressWarnings("unchecked")
                List<T> items = (List<T>) chunk;
                work.accept(items);
            }
        } catch (Throwable e) {
            stop.requested = true;
            Throwable makerFailure = waitFor(making);
            if (makerFailure != null && !(makerFailure instanceof CancellationException)) {
                e.addSuppressed(makerFailure);
            }
            throw e;
        }
        Throwable makerFailure = waitFor(making);
        if (makerFailure instanceof RuntimeException failure) {
            throw failure;
        }
        if (makerFailure instanceof Error failure) {
            throw failure;
        }
        if (makerFailure != null) {
            throw new IllegalStateException("Making the chunks failed", makerFailure);
        }
    }

    /** Set by the caller when it stops taking chunks; the maker then stops at its next item or hand-over. */
    private static final class Stop {
        volatile boolean requested;

        void check() {
            if (requested) {
                throw new CancellationException("stopped: the work on the chunks failed");
            }
        }
    }

    private static void hand(BlockingQueue<List<?>> chunks, List<?> chunk, Stop stop) {
        try {
            while (!chunks.offer(chunk, 10, TimeUnit.MILLISECONDS)) {
                stop.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while handing over a chunk");
        }
    }

    private static List<?> take(BlockingQueue<List<?>> chunks) {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for a chunk");
        }
    }

    /** Waits, whatever interrupts come (keeping them for later), until the maker has ended; gives its failure, if any. */
    private static Throwable waitFor(CompletableFuture<Void> making) {
        try {
            making.join(); // join() is not interruptible
            return null;
        } catch (CompletionException | CancellationException e) {
            return e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        }
    }
}
