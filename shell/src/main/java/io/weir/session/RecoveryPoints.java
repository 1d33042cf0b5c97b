package io.weir.session;

import io.weir.checkpoint.CheckpointStore;
import io.weir.runtime.checkpoint.CheckpointStorage;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the checkpoint {@code execution.state-recovery.path} names: as in Flink, the directory of a checkpoint or
 * savepoint; or, Weir's addition, a retained checkpoint or savepoint of a job of this data directory by its ids,
 * {@code <job id>:<checkpoint id>} as {@code SHOW CHECKPOINTS '<job id>'} lists them.
 */
final class RecoveryPoints {
    /** A job id as the session makes them (32 hex digits), a colon and a checkpoint id; no directory looks so. */
    private static final Pattern BY_ID = Pattern.compile("([0-9a-fA-F]{32}):(\\d{1,18})");

    private final CheckpointStorage storage;
    private final CheckpointStore records;

    RecoveryPoints(CheckpointStorage storage, CheckpointStore records) {
        this.storage = storage;
        this.records = records;
    }

    /**
     * The checkpoint {@code value} names.
     *
     * @throws io.weir.runtime.WeirException if it names no retained checkpoint of that job (listing the retained
     *     ones), or no readable checkpoint directory
     */
    CompletedCheckpoint resolve(String value) {
        Matcher byId = BY_ID.matcher(value);
        if (byId.matches()) {
            String jobId = byId.group(1).toLowerCase(Locale.ROOT);
            long checkpointId = Long.parseLong(byId.group(2));
            List<CompletedCheckpoint> retained = records.list(jobId);
            for (CompletedCheckpoint checkpoint : retained) {
                if (checkpoint.checkpointId() == checkpointId) {
                    return checkpoint;
                }
            }
            throw SessionErrors.checkpointNotRetained(jobId, checkpointId, retained);
        }
        try {
            return storage.load(value);
        } catch (IOException e) {
            throw SessionErrors.recoveryPathUnreadable(value, e);
        }
    }

    /** The retained checkpoints and savepoints of {@code jobId}, oldest first. */
    List<CompletedCheckpoint> retained(String jobId) {
        return records.list(jobId);
    }
}
