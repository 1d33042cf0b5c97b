package io.weir.connector.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecyclingAllocatorTest {
    private final RecyclingAllocator allocator = new RecyclingAllocator();

    @Test
    void aReleasedBufferIsHandedOutAgainEmptyForTheSameSize() {
        ByteBuffer first = allocator.allocate(100);
        first.putLong(42);
        allocator.release(first);

        ByteBuffer second = allocator.allocate(100);

        assertThat(second).isSameAs(first);
        assertThat(second.position()).isZero();
        assertThat(second.remaining()).isEqualTo(100);
    }

    @Test
    void aBufferOfAnotherSizeIsNewlyAllocated() {
        ByteBuffer first = allocator.allocate(100);
        allocator.release(first);

        assertThat(allocator.allocate(200)).isNotSameAs(first).satisfies(b -> assertThat(b.capacity()).isEqualTo(200));
    }

    @Test
    void aBufferTheAllocatorDidNotLendIsNeverHandedOut() {
        ByteBuffer foreign = ByteBuffer.wrap(new byte[100]);
        allocator.release(foreign);

        assertThat(allocator.allocate(100)).isNotSameAs(foreign);
        assertThat(allocator.keptBytes()).isZero();
    }

    @Test
    void aBufferReleasedTwiceIsHandedOutOnlyOnce() {
        ByteBuffer first = allocator.allocate(100);
        allocator.release(first);
        allocator.release(first);

        assertThat(allocator.allocate(100)).isNotSameAs(allocator.allocate(100));
    }

    @Test
    void releasedBuffersAreKeptOnlyUpToTheLimit() {
        int size = 1024 * 1024;
        List<ByteBuffer> lent = new ArrayList<>();
        for (long kept = 0; kept <= RecyclingAllocator.MAX_KEPT_BYTES; kept += size) {
            lent.add(allocator.allocate(size));
        }
        for (ByteBuffer buffer : lent) {
            allocator.release(buffer);
        }

        assertThat(allocator.keptBytes()).isEqualTo(RecyclingAllocator.MAX_KEPT_BYTES);
    }
}
