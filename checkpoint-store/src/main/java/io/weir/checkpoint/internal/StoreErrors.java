package io.weir.checkpoint.internal;

import io.weir.checkpoint.ObjectKind;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.CompletedCheckpoint;
import io.weir.runtime.checkpoint.StateFile;
import java.nio.file.Path;
import java.util.Optional;

/** The messages of the metadata store's and the checkpoint storage's user errors. */
final class StoreErrors {
    private StoreErrors() {
    }

    static WeirException directoryLocked(Path dataDir, LockHolder holder) {
        return new WeirException(ErrorCode.DATA_DIRECTORY_LOCKED, "Data directory '" + dataDir + "' is in use by process "
                + holder.pid() + " on host " + holder.host() + " (since " + holder.since()
                + "); stop it or use another --data-dir");
    }

    static WeirException directoryLockedUnknownHolder(Path dataDir, Throwable cause) {
        return new WeirException(ErrorCode.DATA_DIRECTORY_LOCKED, "Data directory '" + dataDir
                + "' is in use by another process; stop it or use another --data-dir", cause);
    }

    static WeirException cannotLock(Path dataDir, Throwable cause) {
        return new WeirException(ErrorCode.IO_ERROR, "Cannot lock data directory '" + dataDir + "': " + cause.getMessage()
                + "; check that it is a writable directory", cause);
    }

    static WeirException cannotOpen(Path dataDir, Throwable cause) {
        return new WeirException(ErrorCode.IO_ERROR, "Cannot open the metadata database in data directory '" + dataDir
                + "': " + rootMessage(cause), cause);
    }

    static WeirException newerSchema(Path dataDir, int found, int known) {
        return new WeirException(ErrorCode.UNSUPPORTED, "Data directory '" + dataDir
                + "' was written by a newer version of Weir (metadata schema version " + found + ", this version knows up to "
                + known + "); run that version or use another --data-dir");
    }

    static WeirException migrationFailed(Path dataDir, String script, Throwable cause) {
        return new WeirException(ErrorCode.IO_ERROR, "Cannot migrate the metadata database in data directory '" + dataDir
                + "' with " + script + ": " + rootMessage(cause), cause);
    }

    static WeirException objectExists(ObjectKind kind, String name) {
        return new WeirException(ErrorCode.OBJECT_EXISTS, kind.displayName() + " '" + name + "' already exists");
    }

    static WeirException storeFailed(String action, Throwable cause) {
        return new WeirException(ErrorCode.IO_ERROR, "Cannot " + action + " in the metadata database: " + rootMessage(cause),
                cause);
    }

    static WeirException noCheckpointAt(String location) {
        return new WeirException(ErrorCode.INVALID_OPTION, "No committed checkpoint or savepoint at '" + location
                + "'; 'execution.state-recovery.path' must name the directory of a retained checkpoint or savepoint");
    }

    static WeirException stateFileMissing(Path file, CompletedCheckpoint checkpoint,
            Optional<CompletedCheckpoint> earlier) {
        return new WeirException(ErrorCode.IO_ERROR, stateFile(file, checkpoint) + " is missing; " + recovery(earlier));
    }

    static WeirException stateFileCorrupt(Path file, CompletedCheckpoint checkpoint, String actualChecksum,
            long actualSize, StateFile expected, Optional<CompletedCheckpoint> earlier) {
        String size = actualSize == expected.sizeBytes() ? ""
                : "size " + actualSize + " bytes, expected " + expected.sizeBytes() + "; ";
        return new WeirException(ErrorCode.DATA_ERROR, stateFile(file, checkpoint) + " is corrupt (" + size
                + "checksum " + actualChecksum + ", expected " + expected.checksum() + "); " + recovery(earlier));
    }

    static WeirException stateFileUnreadable(Path file, CompletedCheckpoint checkpoint,
            Optional<CompletedCheckpoint> earlier, Throwable cause) {
        return new WeirException(ErrorCode.DATA_ERROR, stateFile(file, checkpoint) + " cannot be read ("
                + rootMessage(cause) + "); " + recovery(earlier), cause);
    }

    private static String stateFile(Path file, CompletedCheckpoint checkpoint) {
        String kind = checkpoint.kind() == CheckpointKind.SAVEPOINT ? "savepoint" : "checkpoint";
        return "State file '" + file + "' of " + kind + " " + checkpoint.checkpointId() + " of job '"
                + checkpoint.jobId() + "'";
    }

    private static String recovery(Optional<CompletedCheckpoint> earlier) {
        if (earlier.isPresent()) {
            return "restore from an earlier checkpoint with SET 'execution.state-recovery.path' = '"
                    + earlier.get().location() + "'";
        }
        return "no earlier checkpoint of the job is retained, so it can only start again without its state";
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
