/**
 * The {@code filesystem} connector over CSV, JSON-lines and Parquet files. The source lists files once and deals them
 * to subtasks in turn, each file a split whose position is how far it was read; the sink writes hidden in-progress
 * part files and renames them into place when the checkpoint that covers them completes, or when the input ends, so a
 * reader never sees an unfinished file or rows a restore will replay. Readers and writers run on their task's thread
 * only.
 */
package io.weir.connector.filesystem;
