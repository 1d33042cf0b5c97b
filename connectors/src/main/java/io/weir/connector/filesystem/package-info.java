/**
 * The {@code filesystem} connector over CSV and JSON-lines files. The source lists files once and deals them to
 * subtasks in turn; the sink writes one hidden part file per subtask and renames it into place when the input
 * ends, so a reader never sees an unfinished file. Readers and writers run on their task's thread only.
 */
package io.weir.connector.filesystem;
