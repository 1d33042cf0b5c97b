package io.weir.checkpoint.internal;

import io.weir.checkpoint.ObjectKind;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import java.nio.file.Path;

/** The messages of the metadata store's user errors. */
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

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
