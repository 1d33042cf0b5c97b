package io.weir.tests.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a closed data directory holds of checkpoints, read with plain SQL on its H2 database and a walk of
 * {@code checkpoints/}, without opening a session (which would remove uncommitted files and hide them).
 */
final class StoredCheckpoints {
    private final Path dataDir;

    StoredCheckpoints(Path dataDir) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("metadata") + ";IFEXISTS=TRUE", "", "");
    }

    /**
     * Each committed checkpoint that is not whole, with why: its file count differs from its recorded files, or a
     * recorded file is missing or of another size. Empty when every checkpoint row is a whole checkpoint.
     */
    List<String> halfCheckpoints() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT c.job_id, c.checkpoint_id, c.file_count,"
                    + " (SELECT COUNT(*) FROM state_files f WHERE f.job_id = c.job_id"
                    + " AND f.checkpoint_id = c.checkpoint_id) FROM checkpoints c")) {
                while (rows.next()) {
                    if (rows.getInt(3) != rows.getInt(4)) {
                        problems.add("checkpoint " + rows.getLong(2) + " of job " + rows.getString(1) + " counts "
                                + rows.getInt(3) + " files but records " + rows.getInt(4));
                    }
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT c.location, f.file_path, f.size_bytes,"
                    + " f.checkpoint_id, f.file_checkpoint_id FROM state_files f JOIN checkpoints c"
                    + " ON f.job_id = c.job_id AND f.checkpoint_id = c.checkpoint_id")) {
                while (rows.next()) {
                    Path file = file(rows);
                    if (!Files.isRegularFile(file)) {
                        problems.add("recorded state file " + file + " is missing");
                    } else if (size(file) != rows.getLong(3)) {
                        problems.add("recorded state file " + file + " has " + size(file) + " bytes, not "
                                + rows.getLong(3));
                    }
                }
            }
        }
        return problems;
    }

    /** Every file under {@code checkpoints/} that no committed checkpoint records. */
    List<Path> unreferencedFiles() throws SQLException {
        Set<Path> recorded = new HashSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.location, f.file_path, f.size_bytes,"
                        + " f.checkpoint_id, f.file_checkpoint_id FROM state_files f"
                        + " JOIN checkpoints c ON f.job_id = c.job_id AND f.checkpoint_id = c.checkpoint_id")) {
            while (rows.next()) {
                recorded.add(file(rows).normalize());
            }
        }
        Path root = dataDir.resolve("checkpoints");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(Path::normalize).filter(f -> !recorded.contains(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directories of the committed checkpoints of every job, oldest first. */
    List<Path> checkpointDirectories() throws SQLException {
        List<Path> directories = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT location FROM checkpoints"
                        + " WHERE kind = 'CHECKPOINT' ORDER BY completion_time, checkpoint_id")) {
            while (rows.next()) {
                directories.add(dataDir.resolve(rows.getString(1)).normalize());
            }
        }
        return directories;
    }

    /** The state files (relative to the data directory) of the checkpoint in {@code directory}, by state kind. */
    List<Path> stateFiles(Path directory, String stateKind) throws SQLException {
        List<Path> files = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.location, f.file_path FROM state_files f"
                        + " JOIN checkpoints c ON f.job_id = c.job_id AND f.checkpoint_id = c.checkpoint_id"
                        + " WHERE f.state_kind = '" + stateKind + "' AND f.row_count > 0 ORDER BY f.file_path")) {
            while (rows.next()) {
                Path location = dataDir.resolve(rows.getString(1)).normalize();
                if (location.equals(directory.toAbsolutePath().normalize())) {
                    files.add(location.resolve(rows.getString(2)));
                }
            }
        }
        return files;
    }

    /**
     * The file of a row of location, file path, size, checkpoint id and the id of the checkpoint that wrote the file,
     * in whose directory (a sibling, for an incremental checkpoint's earlier files) it lives.
     */
    private Path file(ResultSet row) throws SQLException {
        Path location = dataDir.resolve(row.getString(1));
        if (row.getLong(4) != row.getLong(5)) {
            location = location.resolveSibling(Long.toString(row.getLong(5)));
        }
        return location.resolve(row.getString(2));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
