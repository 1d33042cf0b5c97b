package io.weir.runtime.internal.state;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.row.Row;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimerHeapTest {
    @Test
    void timersLeaveInTheOrderAPriorityQueueByTimestampGivesThem() {
        Random random = new Random(42);
        TimerHeap heap = new TimerHeap();
        PriorityQueue<Timer> reference = new PriorityQueue<>(Comparator.comparingLong(Timer::timestamp));
        List<Timer> fromHeap = new ArrayList<>();
        List<Timer> fromReference = new ArrayList<>();
        int added = 0;
        for (int i = 0; i < 10_000; i++) {
            if (random.nextInt(3) > 0 || heap.size() == 0) {
                Timer timer = new Timer(Row.of((long) i), 0, random.nextInt(100));
                heap.add(timer);
                reference.add(timer);
                added++;
            } else {
                fromHeap.add(heap.peek());
                heap.removeFirst();
                fromReference.add(reference.poll());
            }
        }
        while (heap.size() > 0) {
            fromHeap.add(heap.peek());
            heap.removeFirst();
            fromReference.add(reference.poll());
        }
        assertThat(fromHeap).hasSize(added).containsExactlyElementsOf(fromReference);
    }

    @Test
    void anEmptyHeapHasNoFirstTimer() {
        TimerHeap heap = new TimerHeap();
        heap.add(new Timer(Row.of(1L), 0, 5));
        heap.removeFirst();
        assertThat(heap.peek()).isNull();
    }
}
