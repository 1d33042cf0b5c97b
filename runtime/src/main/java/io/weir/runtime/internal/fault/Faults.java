package io.weir.runtime.internal.fault;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault points of the runtime: no-ops (one volatile read) unless a test arms one, which then throws an
 * {@link InjectedFault} once, when its job, task and value match — a row count or a checkpoint id, never a time.
 * Thread-safe.
 */
public final class Faults {
    private static final List<Armed> ARMED = new CopyOnWriteArrayList<>();
    private static volatile boolean anyArmed;
    private static volatile boolean holdInputsOpen;

    private Faults() {
    }

    /**
     * Arms {@code point} to fire once in job {@code jobId}, in the task named {@code taskName} ({@code null}: any
     * task), when the value reaches {@code at}: a row count for {@link FaultPoint#RECORDS}, a checkpoint id for the
     * others.
     *
     * <p>With {@code jobId} {@code null} the point fires in whichever job reaches it first, for tests whose jobs get
     * their ids where the test cannot see them before they start (a session's INSERT); {@code taskName} is then
     * the task's name without its job, {@code <vertex>-<subtask>} (or {@code coordinator}).
     */
    public static void arm(FaultPoint point, String jobId, String taskName, long at) {
        ARMED.add(new Armed(point, jobId, taskName, at, new AtomicReference<>()));
        anyArmed = true;
    }

    /**
     * Makes sources that reach the end of their input wait, reading their mail and taking checkpoints, until every
     * armed fault point of their job has fired, so a job cannot finish before a fault that waits for a checkpoint
     * fires, however fast the machine runs it. Until {@link #disarm} leaves nothing armed.
     */
    public static void holdInputsOpenUntilFired() {
        holdInputsOpen = true;
    }

    /** Removes every armed fault point of {@code jobId} ({@code null}: those armed for any job). */
    public static void disarm(String jobId) {
        ARMED.removeIf(armed -> Objects.equals(armed.jobId, jobId));
        anyArmed = !ARMED.isEmpty();
        if (!anyArmed) {
            holdInputsOpen = false;
        }
    }

    /**
     * Whether a source of {@code jobId} that reached the end of its input must wait: inputs are held open and a fault
     * point armed for this job (or for any) has not fired yet.
     */
    public static boolean holdsEndOfInput(String jobId) {
        if (!holdInputsOpen) {
            return false;
        }
        for (Armed armed : ARMED) {
            if ((armed.jobId == null || armed.jobId.equals(jobId)) && armed.firedIn.get() == null) {
                return true;
            }
        }
        return false;
    }

    /** Whether an armed fault point has fired in {@code jobId}, whether it was armed for that job or for any. */
    public static boolean fired(String jobId) {
        for (Armed armed : ARMED) {
            if (jobId.equals(armed.firedIn.get())) {
                return true;
            }
        }
        return false;
    }

    /** A task has processed {@code rows} rows since it started. */
    public static void records(String jobId, String taskName, long rows) {
        if (anyArmed) {
            fire(FaultPoint.RECORDS, jobId, taskName, rows);
        }
    }

    /** A task (or, with task name {@code coordinator}, the coordinator) reached {@code point} for a checkpoint. */
    public static void checkpoint(FaultPoint point, String jobId, String taskName, long checkpointId) {
        if (anyArmed) {
            fire(point, jobId, taskName, checkpointId);
        }
    }

    private static void fire(FaultPoint point, String jobId, String taskName, long value) {
        for (Armed armed : ARMED) {
            boolean reached = point == FaultPoint.RECORDS ? value >= armed.at : value == armed.at;
            if (armed.point == point && reached && armed.matches(jobId, taskName)
                    && armed.firedIn.compareAndSet(null, jobId)) {
                throw new InjectedFault("fault point " + point + " fired in " + taskName + " at " + value);
            }
        }
    }

    private record Armed(FaultPoint point, String jobId, String taskName, long at, AtomicReference<String> firedIn) {
        boolean matches(String job, String task) {
            if (jobId != null) {
                return jobId.equals(job) && (taskName == null || taskName.equals(task));
            }
            return taskName == null || taskName.equals(task) || task.equals("weir-" + job + "-" + taskName);
        }
    }
}
