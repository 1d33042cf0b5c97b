/**
 * The graph the planner emits and the engine runs: vertices (a source or input edges, then a chain of operators),
 * edges with their {@link io.weir.runtime.dataflow.Partitioning}, and the key-group math
 * ({@link io.weir.runtime.dataflow.KeyGroups}, {@link io.weir.runtime.dataflow.KeyHasher}) that hash partitioning and
 * keyed state share. Everything here is immutable and thread-safe.
 */
package io.weir.runtime.dataflow;
