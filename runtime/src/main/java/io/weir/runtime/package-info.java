/**
 * Weir's dataflow engine. It knows nothing of SQL: the planner hands it a {@link io.weir.runtime.dataflow.Dataflow}
 * of vertices (a source or input edges, then a chain of operators) and edges with a partitioning, and an
 * {@link io.weir.runtime.job.Engine} runs each vertex as parallel subtasks on their own threads, exchanging
 * rows between tasks in batches through bounded channels.
 */
package io.weir.runtime;
