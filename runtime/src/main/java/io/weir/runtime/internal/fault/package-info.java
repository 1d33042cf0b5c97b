/**
 * Fault points for tests: named places in tasks and the checkpoint coordinator that throw once when a test arms them
 * for a job, at a row count or checkpoint id. Outside tests nothing is armed and each point costs one volatile read.
 */
package io.weir.runtime.internal.fault;
