package io.weir.session;

import io.weir.runtime.job.Job;
import io.weir.runtime.job.JobStatus;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;

/** The changes of a query's job as its {@link CollectSink} collects them. */
final class CollectStream implements ChangeStream {
    private final Job job;
    private final CollectSink sink;
    private CollectSink.Change current;
    private boolean ended;
    private boolean closed;

    CollectStream(Job job, CollectSink sink) {
        this.job = job;
        this.sink = sink;
        // Every change is in the queue before the job terminates, so the end marker comes after them.
        job.termination().whenComplete((status, error) -> sink.end());
    }

    @Override
    public boolean next() throws InterruptedException {
        if (ended) {
            return false;
        }
        if (closed) {
            throw SessionErrors.jobCanceled(job.id());
        }
        CollectSink.Change change = sink.take();
        if (change != CollectSink.END) {
            current = change;
            return true;
        }
        ended = true;
        current = null;
        JobStatus status = job.status();
        if (status == JobStatus.FAILED) {
            Throwable cause = job.failure().orElseGet(() -> new IllegalStateException("job " + job.id() + " failed"));
            throw SessionErrors.jobFailed(cause);
        }
        if (status == JobStatus.CANCELED) {
            throw SessionErrors.jobCanceled(job.id());
        }
        return false;
    }

    @Override
    public ChangeKind kind() {
        return current().kind;
    }

    @Override
    public Row row() {
        return current().row;
    }

    private CollectSink.Change current() {
        if (current == null) {
            throw new IllegalStateException("no current change: call next() first and only while it returns true");
        }
        return current;
    }

    @Override
    public String jobId() {
        return job.id();
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        job.cancel();
        sink.discard();
        job.termination().join();
    }
}
