package io.weir.shell;

/**
 * Lets a Ctrl-C handler interrupt the command's main thread only while it waits for a query's changes or for jobs to
 * end, never while it executes a statement: an interrupt there could close the catalog database's files under it.
 */
final class Interruptions {
    private Thread waiting;

    /** Marks the calling thread as waiting, so {@link #interrupt()} may interrupt it. */
    synchronized void enterWait() {
        waiting = Thread.currentThread();
    }

    /** Ends the wait and clears an interrupt that arrived too late to be seen, so it cannot reach later work. */
    synchronized void leaveWait() {
        waiting = null;
        Thread.interrupted();
    }

    /** Interrupts the waiting thread, if one waits; returns whether one did. Safe from any thread. */
    synchronized boolean interrupt() {
        if (waiting == null) {
            return false;
        }
        waiting.interrupt();
        return true;
    }
}
