package io.weir.runtime.internal.task;

import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the checkpoint coordinator tells a task, read by the task's thread between polls or batches: any thread
 * posts, the task's thread takes. A task waiting for input is woken so it reads its mail promptly.
 */
final class TaskMailbox {
    /** What a mail asks of the task. */
    enum Kind {
        /** A source records its positions and sends the checkpoint's barrier. */
        TRIGGER,
        /** The checkpoint is committed: sinks make visible what they prepared for it. */
        COMMITTED,
        /** The checkpoint will never complete: stop aligning its barriers. */
        ABORTED,
        /** The job stops after a savepoint: report having read every earlier mail (no checkpoint id). */
        STOP
    }

    /** One message for checkpoint {@code checkpointId} (0 for a {@link Kind#STOP}). */
    record Mail(Kind kind, long checkpointId) {
    }

    private final ConcurrentLinkedQueue<Mail> queue = new ConcurrentLinkedQueue<>();
    private volatile Runnable waker = () -> { };

    /** What wakes the task when mail arrives, such as its input gate's {@code wake}. */
    void wakeWith(Runnable value) {
        waker = value;
    }

    void post(Kind kind, long checkpointId) {
        queue.add(new Mail(kind, checkpointId));
        waker.run();
    }

    /** The oldest mail, or {@code null}. */
    Mail poll() {
        return queue.poll();
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }
}
