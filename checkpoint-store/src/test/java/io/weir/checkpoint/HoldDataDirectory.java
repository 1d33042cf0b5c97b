package io.weir.checkpoint;

import java.io.IOException;
import java.nio.file.Path;

/** Run in a child JVM by the lock test: opens a data directory, says so, and holds it until its stdin ends. */
public final class HoldDataDirectory {
    private HoldDataDirectory() {
    }

    public static void main(String[] args) throws IOException {
        try (MetadataStore store = MetadataStore.open(Path.of(args[0]))) {
            System.out.println("open " + ProcessHandle.current().pid());
            System.out.flush();
            while (System.in.read() >= 0) {
                // holding the directory until the parent closes our stdin or kills us
            }
        }
    }
}
