/**
 * Running dataflows: an {@link io.weir.runtime.job.Engine} (made by
 * {@link io.weir.runtime.job.Engine#create(EngineOptions)}) submits a dataflow as a {@link io.weir.runtime.job.Job}.
 *
 * <p>Threading: engines and jobs are thread-safe. {@code submit} and {@code cancel} return at once; a job goes
 * CREATED, RUNNING, then FINISHED when every task ended normally, FAILED with the first task exception as its
 * {@code failure()}, or CANCELED. With a restart strategy a failed job stays RUNNING while it restarts from its
 * latest committed checkpoint, and fails only when the strategy allows no more restarts. {@code termination()}
 * completes once every task thread of the job has ended.
 */
package io.weir.runtime.job;
