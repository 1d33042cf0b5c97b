package io.weir.runtime.internal.channel;

/** How a producer's channels carry checkpoint barriers, and so how the producer keeps to their bound. */
public enum BarrierDelivery {
    /**
     * A barrier follows the batches queued before it (aligned and at-least-once checkpoints); a producer blocks while
     * a channel is full.
     */
    IN_BAND,
    /**
     * A barrier is queued in band and announced to the consumer ahead of the queued batches (unaligned checkpoints).
     * A producer never blocks inside a channel, so that it can always send a barrier: it waits between batches until
     * its channels have room, and a channel may exceed its capacity by what one input batch or one source poll
     * produces.
     */
    PRIORITY
}
