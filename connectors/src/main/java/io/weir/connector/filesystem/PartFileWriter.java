package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes one subtask's part files with a two-phase commit. Rows go to a hidden in-progress file
 * ({@code .<name>.<job>.inprogress}, which readers skip); {@link #prepareCommit} closes it durably and names it in the
 * checkpoint, {@link #commit} renames the files of completed checkpoints into place ({@code part-<uuid>-<subtask>-<n>
 * .<format>}), and {@link #finish} at the end of the input renames everything. A writer closed without finishing
 * deletes the file it was writing; files it prepared stay for the restore that commits them.
 *
 * <p>On open, the writer first commits the restored pending files of the old subtasks it stands for (old subtask
 * {@code s} with {@code s % parallelism == subtask}), then deletes those subtasks' other in-progress files of this job:
 * they hold rows written after the checkpoint, which the restored job writes again.
 */
final class PartFileWriter implements SinkWriter {
    /** The columns of a pending-commit row: one per prepared file, paths relative to the sink's directory. */
    static final RowType PENDING_COMMIT_TYPE = RowType.of(List.of("subtask", "in_progress_path", "final_path"),
            List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.string().withNullable(false),
                    DataType.string().withNullable(false)));
    private static final String IN_PROGRESS_SUFFIX = ".inprogress";

    /** A file closed for a checkpoint and not yet renamed into place. */
    private record PendingFile(long checkpointId, String inProgress, String target) {
    }

    private final Path directory;
    private final String extension;
    private final PartFileFormat format;
    private final SinkContext context;
    private final String uuid = UUID.randomUUID().toString();
    /** The job id as it appears in in-progress names: only letters, digits, {@code _} and {@code -}. */
    private final String jobTag;
    private final List<PendingFile> pending = new ArrayList<>();
    private int nextFileNumber;
    private String currentTarget;
    private String currentInProgress;
    private PartFileFormat.OpenFile out;
    private boolean finished;

    PartFileWriter(Path directory, String extension, PartFileFormat format, SinkContext context) {
        this.directory = directory;
        this.extension = extension;
        this.format = format;
        this.context = context;
        this.jobTag = context.jobId().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    @Override
    public void open() {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw ConnectorErrors.io("create directory", directory, e);
        }
        Set<String> restored = new HashSet<>();
        for (Row commit : context.restoredPendingCommits()) {
            if (isMine(commit.getInt(0))) {
                commitFile(commit.getString(1), commit.getString(2));
                restored.add(commit.getString(1));
            }
        }
        removeAbortedFiles(restored);
    }

    private boolean isMine(int oldSubtask) {
        return oldSubtask % context.parallelism() == context.subtaskIndex();
    }

    /** Deletes this job's in-progress files of the old subtasks this writer stands for, except the restored ones. */
    private void removeAbortedFiles(Set<String> restored) {
        String suffix = "." + jobTag + IN_PROGRESS_SUFFIX;
        List<Path> children;
        try (Stream<Path> stream = Files.list(directory)) {
            children = stream.toList();
        } catch (IOException e) {
            throw ConnectorErrors.io("list directory", directory, e);
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".part-") && name.endsWith(suffix) && !restored.contains(name)) {
                int oldSubtask = subtaskOf(name);
                if (oldSubtask >= 0 && isMine(oldSubtask)) {
                    try {
                        Files.deleteIfExists(child);
                    } catch (IOException e) {
                        throw ConnectorErrors.io("remove aborted file", child, e);
                    }
                }
            }
        }
    }

    /** The subtask in {@code .part-<uuid>-<subtask>-<n>…}, or -1 if the name is not of that shape. */
    private static int subtaskOf(String inProgressName) {
        int start = ".part-".length() + 36 + 1;
        int end = inProgressName.indexOf('-', start);
        if (end <= start || inProgressName.charAt(start - 1) != '-') {
            return -1;
        }
        try {
            return Integer.parseInt(inProgressName.substring(start, end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void write(ChangeKind kind, Row row) throws IOException {
        if (kind != ChangeKind.INSERT) {
            throw ConnectorErrors.updatesNotSupported("filesystem", kind.shortString());
        }
        if (out == null) {
            startFile();
        }
        out.write(row);
    }

    private void startFile() {
        currentTarget = "part-" + uuid + "-" + context.subtaskIndex() + "-" + nextFileNumber++ + "." + extension;
        currentInProgress = "." + currentTarget + "." + jobTag + IN_PROGRESS_SUFFIX;
        Path path = directory.resolve(currentInProgress);
        try {
            out = format.create(path);
        } catch (IOException e) {
            throw ConnectorErrors.io("create file", path, e);
        }
    }

    /** Closes the file being written, its bytes on disk, and adds it to the pending files of the checkpoint. */
    private void closeFile(long checkpointId) {
        if (out == null) {
            return;
        }
        Path path = directory.resolve(currentInProgress);
        try {
            out.complete();
        } catch (IOException e) {
            throw ConnectorErrors.io("complete file", path, e);
        }
        pending.add(new PendingFile(checkpointId, currentInProgress, currentTarget));
        out = null;
    }

    /**
     * Closes the current file and returns every file not yet committed, those of earlier checkpoints too: one of
     * them may have failed, and then this checkpoint's commit is the one that makes their rows visible.
     */
    @Override
    public List<Row> prepareCommit(long checkpointId) {
        closeFile(checkpointId);
        List<Row> rows = new ArrayList<>(pending.size());
        for (PendingFile file : pending) {
            rows.add(Row.of(context.subtaskIndex(), file.inProgress(), file.target()));
        }
        return rows;
    }

    @Override
    public void commit(long checkpointId) {
        List<PendingFile> committed = new ArrayList<>();
        for (PendingFile file : pending) {
            if (file.checkpointId() <= checkpointId) {
                commitFile(file.inProgress(), file.target());
                committed.add(file);
            }
        }
        pending.removeAll(committed);
    }

    /**
     * Renames an in-progress file into place; a file already renamed is fine. The directory is not synced: after a
     * crash that loses the rename, the restore renames the file again.
     */
    private void commitFile(String inProgress, String target) {
        Path from = directory.resolve(inProgress);
        Path to = directory.resolve(target);
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            if (!Files.exists(to)) {
                throw ConnectorErrors.pendingFileMissing(from, to);
            }
        } catch (IOException e) {
            throw ConnectorErrors.io("complete file", to, e);
        }
    }

    /** Makes every row written visible: bounded input without checkpoints ends here, as before two-phase commit. */
    @Override
    public void finish() {
        closeFile(Long.MAX_VALUE);
        commit(Long.MAX_VALUE);
        finished = true;
    }

    @Override
    public void close() throws IOException {
        if (finished || out == null) {
            return;
        }
        out.abandon();
        out = null;
        Files.deleteIfExists(directory.resolve(currentInProgress));
    }
}
