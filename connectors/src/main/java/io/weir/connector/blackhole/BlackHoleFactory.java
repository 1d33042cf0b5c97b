package io.weir.connector.blackhole;

import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.SinkFactory;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import java.util.List;

/** The {@code blackhole} connector: a sink that discards every change, for benchmarks and tests. */
public final class BlackHoleFactory implements SinkFactory {
    @Override
    public String identifier() {
        return "blackhole";
    }

    @Override
    public List<ConfigOption<?>> options() {
        return List.of();
    }

    @Override
    public Sink createSink(ConnectorContext context) {
        return BlackHoleSink.INSTANCE;
    }

    /** Takes upserts (and any -U the planner still sends) and keeps none. */
    static final class BlackHoleSink implements Sink, SinkWriter {
        static final BlackHoleSink INSTANCE = new BlackHoleSink();

        @Override
        public SinkWriter createWriter(SinkContext context) {
            return this;
        }

        @Override
        public AcceptedChanges acceptedChanges() {
            // As Flink's blackhole: every change is dropped, so -U is not worth producing.
            return AcceptedChanges.UPSERTS;
        }

        @Override
        public void write(ChangeKind kind, Row row) {
            // Discarding is the whole job: nothing is read from the row.
        }

        @Override
        public void close() {
            // Holds nothing to release; declared to narrow the contract's checked exception.
        }

        @Override
        public String describe() {
            return "blackhole";
        }
    }
}
