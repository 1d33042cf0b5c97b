/**
 * The engine's tasks: each subtask of a vertex is a task on a thread of its own, named
 * {@code weir-<job>-<vertex>-<subtask>} with the same ids in the SLF4J MDC ({@code job}, {@code vertex},
 * {@code subtask}).
 *
 * <p>Call order within a task: make every operator of the chain, open them from the last to the first, then (a source
 * task) open the reader and poll it, or (an operator task) take batches from the input gate; on end of input send a
 * watermark of +∞ through the chain, call {@code finish} on each operator from the first to the last, send the end of
 * input downstream; finally close the reader and every operator, in every case. Output is flushed after every poll and
 * after every input batch, so no timer is needed for latency.
 *
 * <p>Failure: the first exception of any task is the job's failure; the job then cancels every other task (a flag, an
 * interrupt, and closing every input gate), and exceptions those tasks throw while stopping are not failures. A job's
 * final status is set, and its termination completed, only after every task thread has ended.
 */
package io.weir.runtime.internal.task;
