/**
 * Keyed state and timers on the heap: a {@link io.weir.runtime.internal.state.KeyedStateBackend} per operator
 * instance holds each named state as hash maps per key group, and a
 * {@link io.weir.runtime.internal.state.HeapTimerService} its timers. Both are used by the operator's task thread
 * only. {@link io.weir.runtime.internal.state.StateSnapshots} copies them, on that thread, into
 * {@link io.weir.runtime.internal.state.TableSnapshot}s that another thread may write, and loads them back, keeping
 * the rows of the key groups the backend owns.
 */
package io.weir.runtime.internal.state;
