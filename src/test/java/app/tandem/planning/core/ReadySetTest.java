package app.tandem.planning.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadySetTest {

    @Test
    void takesTheSmallestAsAHeapWouldOverRandomAddsAndTakes() {
        for (int capacity : new int[] {1, 63, 64, 65, 4096, 4097, 300_000}) {
            Random random = new Random(capacity);
            Scheduler.ReadySet ready = new Scheduler.ReadySet(capacity);
            PriorityQueue<Integer> heap = new PriorityQueue<>();
            boolean[] in = new boolean[capacity];
            for (int step = 0; step < 20_000; step++) {
                if (random.nextInt(3) > 0) {
                    int item = random.nextInt(capacity);
                    if (!in[item]) {
                        in[item] = true;
                        ready.push(item);
                        heap.add(item);
                    }
                } else if (!heap.isEmpty()) {
                    int taken = ready.pop();
                    assertThat(taken).isEqualTo(heap.poll());
                    in[taken] = false;
                }
                assertThat(ready.isEmpty()).isEqualTo(heap.isEmpty());
            }
            while (!heap.isEmpty()) {
                assertThat(ready.pop()).isEqualTo(heap.poll());
            }
            assertThat(ready.isEmpty()).isTrue();
        }
    }
}
