/**
 * Keyed state and timers on the heap: a {@link io.weir.runtime.internal.state.KeyedStateBackend} per operator
 * instance holds each named state as copy-on-write hash tables per key group, and a
 * {@link io.weir.runtime.internal.state.HeapTimerService} its timers. Both are used by the operator's task thread
 * only. {@link io.weir.runtime.internal.state.StateSnapshots} snapshots them on that thread in time independent of
 * the number of keys, by freezing the tables' bucket arrays and copying the timer queues' arrays, into
 * {@link io.weir.runtime.internal.state.TableSnapshot}s whose rows another thread makes while it writes them; the task
 * copies an entry or value before changing one a live snapshot shares, until the snapshot is released. It also loads
 * snapshots back, keeping the rows of the key groups the backend owns.
 */
package io.weir.runtime.internal.state;
