package app.tandem.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ChunkPipelineTest {

    @Test
    void theItemsArriveInOrderInChunksOnTheCallingThreadWhileTheyAreMadeOnAnother() {
        AtomicReference<String> maker = new AtomicReference<>();
        List<List<Integer>> chunks = new ArrayList<>();
        List<String> workers = new ArrayList<>();

        ChunkPipeline.<Integer>run("test-maker", 5, sink -> {
            maker.set(Thread.currentThread().getName());
            for (int i = 0; i < 12; i++) {
                sink.accept(i);
            }
        }, chunk -> {
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
                ChunkPipeline.<Integer>run("test-maker", 5, sink -> {
                    sink.accept(1);
                    sink.accept(2);
                }, worked::addAll);
                assertThat(worked).containsExactly(1, 2);
            }
        });
    }

    @Test
    void whenTheWorkFailsTheMakerStopsAndTheFailureIsThrownAsItWas() throws InterruptedException {
        CountDownLatch makerEnded = new CountDownLatch(1);
        List<Integer> worked = new ArrayList<>();

        assertThatThrownBy(() -> ChunkPipeline.<Integer>run("test-maker", 3, sink -> {
            try {
                for (int i = 0; ; i++) { // would never end by itself
                    sink.accept(i);
                }
            } finally {
                makerEnded.countDown();
            }
        }, chunk -> {
            if (!worked.isEmpty()) {
                throw new IllegalStateException("the database is gone");
            }
            worked.addAll(chunk);
        })).isInstanceOf(IllegalStateException.class).hasMessage("the database is gone");

        assertThat(makerEnded.await(5, TimeUnit.SECONDS)).as("the maker stopped").isTrue();
        assertThat(worked).containsExactly(0, 1, 2);
    }

    @Test
    void whenTheMakerFailsTheChunksBeforeAreWorkedOnAndTheFailureIsThrownAsItWas() {
        List<Integer> worked = new ArrayList<>();

        assertThatThrownBy(() -> ChunkPipeline.<Integer>run("test-maker", 5, sink -> {
            for (int i = 0; i < 7; i++) {
                sink.accept(i);
            }
            throw new IllegalArgumentException("Line 9: unclosed quote");
        }, worked::addAll)).isInstanceOf(IllegalArgumentException.class).hasMessage("Line 9: unclosed quote");

        assertThat(worked).containsExactly(0, 1, 2, 3, 4);
    }
}
