package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists the files a filesystem table reads: the one file its path names, or every visible file under it. */
final class FileLister {
    private FileLister() {
    }

    /**
     * The path itself if it is a file; otherwise every file under it, recursively, in sorted path order, skipping
     * files and directories whose names start with {@code .} or {@code _} (in-progress and marker files).
     */
    static List<Path> list(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw ConnectorErrors.pathNotFound(path);
        }
        List<Path> files = new ArrayList<>();
        collect(path, files);
        files.sort(null);
        return files;
    }

    private static void collect(Path directory, List<Path> files) {
        List<Path> children;
        try (Stream<Path> stream = Files.list(directory)) {
            children = stream.toList();
        } catch (IOException e) {
            throw ConnectorErrors.io("list directory", directory, e);
        }
        for (Path child : children) {
            if (isHidden(child)) {
                continue;
            }
            if (Files.isDirectory(child)) {
                collect(child, files);
            } else if (Files.isRegularFile(child)) {
                files.add(child);
            }
        }
    }

    static boolean isHidden(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("_");
    }
}
