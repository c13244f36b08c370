package app.tandem.insight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ChunkPipelineTest {

    @Test
    void theItemsArriveInOrderInChunksOnTheCallingThreadWhileTheyAreMadeOnAnother() {
        AtomicReference<String> maker = new AtomicReference<>();
        List<List<Integer>> chunks = new ArrayList<>();
        List<String> workers = new ArrayList<>();

        ChunkPipeline.<Integer>run(
                "test-maker",
                5,
                sink -> {
                    maker.set(Thread.currentThread().getName());
                    for (int i = 0; i < 12; i++) {
                        sink.accept(i);
                    }
                },
                chunk -> {
                    chunks.add(List.copyOf(chunk));
                    workers.add(Thread.currentThread().getName());
                });

        assertThat(chunks).containsExactly(List.of(0, 1, 2, 3, 4), List.of(5, 6, 7, 8, 9), List.of(10, 11));
        assertThat(maker.get()).isEqualTo("test-maker");
        assertThat(workers).containsOnly(Thread.currentThread().getName());
    }

    @Test
    void aMakerThatIsDoneAtOnceDoesNotHoldUpTheCaller() {
        // a small file: the maker may be done before the caller takes the first chunk
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int run = 0; run < 300; run++) {
                List<Integer> worked = new ArrayList<>();
                ChunkPipeline.<Integer>run(
                        "test-maker",
                        5,
                        sink -> {
                            sink.accept(1);
                            sink.accept(2);
                        },
                        worked::addAll);
                assertThat(worked).containsExactly(1, 2);
            }
        });
    }

    @Test
    void whenTheWorkFailsTheMakerStopsAndTheFailureIsThrownAsItWas() throws InterruptedException {
        CountDownLatch makerEnded = new CountDownLatch(1);
        List<Integer> worked = new ArrayList<>();

        assertThatThrownBy(() -> ChunkPipeline.run("test-maker", 3, endless(makerEnded), chunk -> {
                    if (!worked.isEmpty()) {
                        throw new IllegalStateException("the database is gone");
                    }
                    worked.addAll(chunk);
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the database is gone");

        assertThat(makerEnded.await(5, TimeUnit.SECONDS))
                .as("the maker stopped")
                .isTrue();
        assertThat(worked).containsExactly(0, 1, 2);
    }

    @Test
    void whenTheMakerFailsTheChunksBeforeAreWorkedOnAndTheFailureIsThrownAsItWas() {
        List<Integer> worked = new ArrayList<>();

        assertThatThrownBy(() -> ChunkPipeline.<Integer>run(
                        "test-maker",
                        5,
                        sink -> {
                            for (int i = 0; i < 7; i++) {
                                sink.accept(i);
                            }
                            throw new IllegalArgumentException("Line 9: unclosed quote");
                        },
                        worked::addAll))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Line 9: unclosed quote");

        assertThat(worked).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void anInterruptedCallerStopsTheMakerAndKeepsItsInterrupt() throws Exception {
        CountDownLatch makerEnded = new CountDownLatch(1);
        CountDownLatch firstChunkWorked = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                ChunkPipeline.run("test-maker", 2, endless(makerEnded), chunk -> {
                    firstChunkWorked.countDown();
                    try {
                        Thread.sleep(60_000); // a slow save, interrupted
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("the save was interrupted");
                    }
                });
            } catch (Throwable e) {
                thrown.set(e);
            }
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        assertThat(firstChunkWorked.await(5, TimeUnit.SECONDS)).isTrue();

        caller.interrupt();
        caller.join(5_000);

        assertThat(caller.isAlive()).as("the caller has returned").isFalse();
        assertThat(makerEnded.await(5, TimeUnit.SECONDS))
                .as("the maker stopped")
                .isTrue();
        assertThat(thrown.get()).isInstanceOf(IllegalStateException.class).hasMessage("the save was interrupted");
        assertThat(stillInterrupted)
                .as("the interrupt is kept for the caller's caller")
                .isTrue();
    }

    @Test
    void whenBothSidesFailTheMakersFailureIsKeptBesideTheWorksFailure() {
        CountDownLatch makerFailed = new CountDownLatch(1);

        assertThatThrownBy(() -> ChunkPipeline.<Integer>run(
                        "test-maker",
                        1,
                        sink -> {
                            sink.accept(1);
                            try {
                                sink.accept(2); // waits until the first chunk is taken
                            } finally {
                                makerFailed.countDown();
                            }
                            throw new IllegalArgumentException("Line 3: unclosed quote");
                        },
                        chunk -> {
                            try {
                                makerFailed.await(5, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            throw new IllegalStateException("the database is gone");
                        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the database is gone")
                .satisfies(e ->
                        assertThat(e.getSuppressed()).singleElement().isInstanceOf(IllegalArgumentException.class));
    }

    /** A maker that would never end by itself: 0, 1, 2, ...; counts down {@code ended} when it stops. */
    private static ChunkPipeline.Source<Integer> endless(CountDownLatch ended) {
        return sink -> {
            try {
                for (int i = 0; ; i++) {
                    sink.accept(i);
                }
            } finally {
                ended.countDown();
            }
        };
    }
}
