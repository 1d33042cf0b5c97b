/**
 * The sink SPI: a {@link io.weir.runtime.sink.Sink} makes one {@link io.weir.runtime.sink.SinkWriter} per subtask, and
 * {@link io.weir.runtime.sink.SinkOperator} drives it as the last operator of a chain.
 *
 * <p>Threading and call order: a writer is called by its task's thread only: {@code open}, {@code write} for each
 * change, {@code finish} once if the input ends, then {@code close} in every case, also after a failure or cancel.
 *
 * <p>Changes: a sink declares the {@link io.weir.runtime.sink.AcceptedChanges} it takes; its writer receives no
 * other kind, except {@code -U} for an upsert sink where the planner had to fall back to a full changelog.
 */
package io.weir.runtime.sink;
