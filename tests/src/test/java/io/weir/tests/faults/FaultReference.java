package io.weir.tests.faults;

import io.weir.session.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the fault job commits without failures and checkpoints, computed once per number of events in this JVM: the
 * output every faulty run is compared with, and the job's tasks, for choosing one to fail.
 *
 * @param lines the committed csv lines, sorted
 * @param tasks the job's tasks as {@code <vertex>-<subtask>} (the task names without their job)
 */
record FaultReference(List<String> lines, List<String> tasks) {
    private static final Map<Long, FaultReference> CACHE = new HashMap<>();

    FaultReference {
        lines = List.copyOf(lines);
        tasks = List.copyOf(tasks);
    }

    static synchronized FaultReference of(long events) {
        FaultReference cached = CACHE.get(events);
        if (cached == null) {
            cached = compute(events);
            CACHE.put(events, cached);
        }
        return cached;
    }

    private static FaultReference compute(long events) {
        Path dir;
        try {
            dir = Files.createTempDirectory("weir-fault-reference");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path out = dir.resolve("out");
            List<String> tasks;
            try (Session session = FaultSessions.open(dir.resolve("data"))) {
                List<String> statements = new ArrayList<>(FaultJob.tables(out, events));
                statements.add("SET 'table.dml-sync' = 'true'");
                statements.add(FaultJob.insert());
                FaultSessions.run(session, statements);
                tasks = tasks(FaultSessions.lastJob(session).metrics());
            }
            return new FaultReference(FaultJob.committedLines(out), tasks);
        } finally {
            delete(dir);
        }
    }

    /**
     * The tasks that read enough rows in the reference run for any seeded row count to fail them: sources by
     * {@code <vertex>.<subtask>.source.records.in}, the others by {@code <vertex>.<subtask>.records.in}. (A subtask of
     * the final window aggregation may receive no row at all: every window start hashes to the other one.)
     */
    private static List<String> tasks(Map<String, Long> metrics) {
        TreeSet<String> names = new TreeSet<>();
        for (Map.Entry<String, Long> metric : metrics.entrySet()) {
            String key = metric.getKey();
            String suffix = key.endsWith(".source.records.in") ? ".source.records.in"
                    : key.endsWith(".records.in") ? ".records.in" : null;
            if (suffix != null && metric.getValue() > TaskFailureTest.MAX_FAULT_ROWS) {
                String task = key.substring(0, key.length() - suffix.length());
                int dot = task.lastIndexOf('.');
                names.add(task.substring(0, dot) + "-" + task.substring(dot + 1));
            }
        }
        return new ArrayList<>(names);
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
