/**
 * The engine's tasks: each subtask of a vertex is a task on a thread of its own, named
 * {@code weir-<job>-<vertex>-<subtask>} with the same ids in the SLF4J MDC ({@code job}, {@code vertex},
 * {@code subtask}). A job runs its tasks as one execution at a time; a restart deploys a new execution.
 *
 * <p>Call order within a task: make every operator of the chain; when the execution restores from a checkpoint, hand
 * each sink its pending commits; open the operators from the last to the first; load each keyed operator's state and
 * timers from the checkpoint; then (a source task) open the reader with its restored positions and poll it, or (an
 * operator task) feed the restored in-flight rows to the chain and take batches from the input gate; on end of input
 * send a watermark of +∞ through the chain, call {@code finish} on each operator from the first to the last, send the
 * end of input downstream; finally close the reader and every operator, in every case. Output is flushed after every
 * poll and after every input batch, so no timer is needed for latency.
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
 * <p>Checkpoints: the coordinator reaches a task only through its mailbox, read between polls or batches (an operator
 * task waiting for input is woken). A source task, on a trigger, records its reader's positions, snapshots its chain
 * and sends the barrier after the rows it emitted. An operator task aligns barriers as its mode says (see
 * {@code BarrierAligner}); then it copies its chain's keyed state and timers and its sinks' prepared output
 * synchronously, forwards the barrier, and writes the copies through the job's storage on a background writer before
 * acknowledging. On a commit notification sinks commit. State is stored under each operator's uid (the spec's, or
 * {@code <vertexId>-<chainIndex>-<name>}); source positions under {@code <vertexId>-source}; in-flight rows under
 * {@code <vertexId>-input}.
 *
 * <p>Failure: the first exception of any task is the execution's failure; the execution then cancels every other
 * task (a flag, an interrupt, and closing every input gate), and exceptions those tasks throw while stopping are not
 * failures. Once every thread of the execution has ended, the job's restart strategy decides: a new execution from
 * the latest committed checkpoint (or the one the job started from) after the strategy's delay, or the end of the job
 * with that failure. A job's final status is set, and its termination completed, only after every task thread has
 * ended and the checkpoints in progress were aborted.
 */
package io.weir.runtime.internal.task;
