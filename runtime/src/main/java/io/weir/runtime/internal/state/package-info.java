/**
 * Keyed state and timers on the heap: a {@link io.weir.runtime.internal.state.KeyedStateBackend} per operator
 * instance holds each named state as hash maps per key group, and a
 * {@link io.weir.runtime.internal.state.HeapTimerService} its timers. Both are used by the operator's task thread
 * only. Snapshots (a later issue) read a state's maps per key group and the timers' keys and key groups.
 */
package io.weir.runtime.internal.state;
