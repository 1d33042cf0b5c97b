package io.weir.connector.filesystem;

import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.bytes.ByteBufferAllocator;

/**
 * Heap buffers for the value and level encoders of one Parquet writer, handed out again once Parquet releases them.
 * An encoder buffers a page in slabs of growing sizes and releases them when the page is written; the next page asks
 * for slabs of the same sizes, so a writer recycles rather than allocates them (Parquet's own heap allocator makes a
 * new buffer every time: about the size of the data written, per file). Only buffers this allocator made are kept,
 * at most {@link #MAX_KEPT_BYTES} of them. Not thread-safe: one writer uses it.
 */
final class RecyclingAllocator implements ByteBufferAllocator {
    /** Enough for the slabs of a few pages of a wide row's columns; more is kept nowhere but the heap. */
    static final long MAX_KEPT_BYTES = 32L * 1024 * 1024;

    private final Map<Integer, ArrayDeque<ByteBuffer>> free = new HashMap<>();
    private final Set<ByteBuffer> lent = Collections.newSetFromMap(new IdentityHashMap<>());
    private long keptBytes;

    @Override
    public ByteBuffer allocate(int size) {
        ArrayDeque<ByteBuffer> ofSize = free.get(size);
        ByteBuffer buffer = ofSize == null ? null : ofSize.poll();
        if (buffer == null) {
            buffer = ByteBuffer.allocate(size);
        } else {
            keptBytes -= size;
            buffer.clear();
        }
        lent.add(buffer);
        return buffer;
    }

    /** Keeps {@code buffer} for a later {@link #allocate} of its size if this allocator lent it; else forgets it. */
    @Override
    public void release(ByteBuffer buffer) {
        if (!lent.remove(buffer) || keptBytes + buffer.capacity() > MAX_KEPT_BYTES) {
            return;
        }
        keptBytes += buffer.capacity();
        free.computeIfAbsent(buffer.capacity(), size -> new ArrayDeque<>()).push(buffer);
    }

    @Override
    public boolean isDirect() {
        return false;
    }

    /** The bytes of the buffers kept for reuse; for tests. */
    long keptBytes() {
        return keptBytes;
    }
}
