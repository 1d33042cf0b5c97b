/**
 * The {@code datagen} connector. The source numbers its rows and deals them into one contiguous range per subtask of
 * the first run (its splits), so a sequence column takes each value once at any parallelism; random columns draw
 * from a generator restarted for each row from the source's seed and the row's number, so a restored split makes the
 * same rows. Readers run on their task's thread only and emit about a thousand rows per poll.
 */
package io.weir.connector.datagen;
