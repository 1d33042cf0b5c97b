/**
 * Keyed state and timers for operators: {@link io.weir.runtime.state.ValueState},
 * {@link io.weir.runtime.state.MapState}, {@link io.weir.runtime.state.ListState} and the
 * {@link io.weir.runtime.state.TimerService}, made through the {@link io.weir.runtime.operator.OperatorContext}.
 *
 * <p>Keys: an operator is keyed when its {@link io.weir.runtime.operator.OperatorSpec#keyFields()} are not empty; it
 * must be the first operator of a vertex whose every input edge is {@code HASH} on those same fields. Before each
 * {@code process} and {@code onTimer} the runtime extracts the key fields of the row as the current key, and every
 * state access and timer registration applies to that key only. State of an unkeyed operator is refused.
 *
 * <p>Values are {@link io.weir.runtime.row.Row}s typed by the {@link io.weir.runtime.type.RowType} given when the
 * state is made, so that a snapshot can store them as columns of their SQL types. Rows handed to state become the
 * state's own; rows returned by state are the state's own and may be modified in place, then passed back, within the
 * call ({@code process}, {@code onTimer}, …) that got them: after a checkpoint's barrier the state hands out a copy
 * of a key's rows the checkpoint still reads, so a row kept across calls may no longer be the state's. In that copy
 * an {@link io.weir.runtime.state.EncodableValue} in a BYTES field is replaced by its bytes, as after a restore.
 *
 * <p>Namespaces: there is no separate namespace dimension. State scoped by a window (or any other namespace) is a
 * {@link io.weir.runtime.state.MapState} whose map key is the namespace, e.g. {@code (window_start, window_end)}:
 * the window operator iterates or removes a key's windows through that map, and a snapshot needs only key, map key
 * and value columns.
 *
 * <p>Partitioning: state is held per key group ({@link io.weir.runtime.dataflow.KeyGroups}, {@code maxParallelism}
 * groups, 128 unless the job's options say otherwise), on the heap, so that a snapshot can be written and
 * restored per range of key groups.
 *
 * <p>Threading: state and timer services are used by their operator's task thread only; they are not thread-safe.
 */
package io.weir.runtime.state;
