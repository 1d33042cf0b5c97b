/**
 * Exchanges between tasks: each pair of connected subtasks has a bounded channel of batches, and each downstream
 * subtask an input gate over its channels. A batch carries copies of rows with their change kinds, then optionally a
 * watermark, the idle marker, a checkpoint barrier and the end-of-input marker. Barrier alignment blocks single
 * channels of a gate; their batches stay queued until they are unblocked. For unaligned checkpoints barriers are
 * delivered with priority ({@link io.weir.runtime.internal.channel.BarrierDelivery#PRIORITY}): announced to the
 * consumer ahead of the queued batches, which it may then read without taking them.
 *
 * <p>Threading: a channel has one producer thread (the upstream task's) and one consumer thread (the downstream
 * task's). A gate's lock is taken once per batch, never per row; a producer blocks while its channel is full, which is
 * the engine's back-pressure (with priority barriers a producer instead waits between batches until its channels
 * have room, so it never blocks inside one). Consumed batches return to their channel's free list with their row objects, so a
 * steady stream allocates nothing. Closing a gate releases every thread blocked on it with a
 * {@link io.weir.runtime.internal.channel.ChannelClosedException}.
 */
package io.weir.runtime.internal.channel;
