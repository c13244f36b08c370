package app.tandem.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Makes items on a thread of its own and hands them, in chunks and in order, to the calling thread,
 * which works on one chunk while the next is made (for an import: one core parses the file while
 * the other saves). At most three chunks are in memory: one being made, one waiting, one being
 * worked on. A failure on either side stops the other and is thrown to the caller as it was thrown.
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
        AtomicBoolean stopped = new AtomicBoolean();
        CompletableFuture<Void> making = CompletableFuture.runAsync(() -> {
            // END is handed over by the maker itself, last, even when it fails. (Handing it over from
            // a completion stage would run on the caller's thread when the maker is already done,
            // and block there on the full queue: the caller would wait for itself.)
            try {
                List<T> chunk = new ArrayList<>(chunkSize);
                source.each(item -> {
                    if (stopped.get()) {
                        throw new CancellationException("stopped: the work on the chunks failed");
                    }
                    chunk.add(item);
                    if (chunk.size() == chunkSize) {
                        put(chunks, new ArrayList<>(chunk));
                        chunk.clear();
                    }
                });
                if (!chunk.isEmpty()) {
                    put(chunks, chunk);
                }
            } finally {
                put(chunks, END);
            }
        }, task -> Thread.ofPlatform().name(threadName).daemon().start(task));
        try {
            for (List<?> chunk = take(chunks); chunk != END; chunk = take(chunks)) {
                @SuppressWarnings("unchecked")
                List<T> items = (List<T>) chunk;
                work.accept(items);
            }
            joined(making);
        } catch (RuntimeException | Error e) {
            stopped.set(true);
            while (!making.isDone()) {
                // lets the maker hand over what it holds, see that the work stopped, and end
                poll(chunks);
            }
            throw e;
        }
    }

    private static void put(BlockingQueue<List<?>> chunks, List<?> chunk) {
        try {
            chunks.put(chunk);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static List<?> take(BlockingQueue<List<?>> chunks) {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    private static void poll(BlockingQueue<List<?>> chunks) {
        try {
            chunks.poll(10, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joined(CompletableFuture<Void> making) {
        try {
            making.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
