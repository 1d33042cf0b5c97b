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
 * <p>State and time: each operator of a chain has its own heap state backend and timer service; a keyed operator
 * (only the first of a vertex fed by edges hashed on its key) gets the key of each row set before {@code process}.
 * Event-time timers fire as a watermark enters the operator, before the operator sees it; processing-time timers fire
 * from the task's loop, between batches or polls (an operator task waits for input at most 10 ms while one is
 * pending, so a test clock's advance is seen). A source task is one split: it emits the greatest watermark candidate
 * of its rows after each poll, and marks its output channels idle after the idle timeout without rows; an operator
 * task's watermark is the minimum over its inputs that are neither idle nor ended, and when all running inputs are
 * idle it marks its own outputs idle.
 *
 * <p>Failure: the first exception of any task is the job's failure; the job then cancels every other task (a flag, an
 * interrupt, and closing every input gate), and exceptions those tasks throw while stopping are not failures. A job's
 * final status is set, and its termination completed, only after every task thread has ended.
 */
package io.weir.runtime.internal.task;
