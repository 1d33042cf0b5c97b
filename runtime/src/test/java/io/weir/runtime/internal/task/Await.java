package io.weir.runtime.internal.task;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/** Waits for a condition with a deadline, and finds a job's task threads. */
final class Await {
    static final Duration DEADLINE = Duration.ofSeconds(30);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + DEADLINE + " waiting until " + what);
            }
            LockSupport.parkNanos(200_000);
        }
    }

    /** The live threads whose names start with {@code weir-<jobId>-}. */
    static Set<String> liveTaskThreads(String jobId) {
        String prefix = "weir-" + jobId + "-";
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix))
                .map(Thread::getName)
                .collect(Collectors.toSet());
    }

    static Thread thread(String name) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no thread named " + name));
    }
}
