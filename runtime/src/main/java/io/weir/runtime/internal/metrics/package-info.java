/**
 * A job's metrics: counters written by one task thread each and gauges, read by any thread through
 * {@code Job.metrics()}.
 */
package io.weir.runtime.internal.metrics;
