/**
 * The {@code datagen} connector. The source numbers its rows and gives each subtask one contiguous range, so a
 * sequence column takes each value once at any parallelism; random columns draw from a per-reader
 * {@link java.util.SplittableRandom}. Readers run on their task's thread only and emit about a thousand rows per poll.
 */
package io.weir.connector.datagen;
