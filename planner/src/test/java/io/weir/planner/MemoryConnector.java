package io.weir.planner;

import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.OptionType;
import io.weir.runtime.connector.SinkFactory;
import io.weir.runtime.connector.SourceFactory;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.source.FilterableSource;
import io.weir.runtime.source.ReadStatus;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A test connector: a bounded, filterable source of rows registered under a data id, and a collecting sink. */
public final class MemoryConnector implements SourceFactory, SinkFactory {
    static final ConfigOption<String> DATA = ConfigOption.optional("data", OptionType.STRING, "", "id of the rows to read");
    static final ConfigOption<Boolean> FILTERABLE = ConfigOption.optional("filterable", OptionType.BOOLEAN, true,
            "whether the source accepts filters");
    static final ConfigOption<Boolean> BOUNDED = ConfigOption.optional("bounded", OptionType.BOOLEAN, true,
            "whether the source says it ends (an unbounded one still reads only its rows)");
    static final ConfigOption<String> CHANGES = ConfigOption.optional("changes", OptionType.STRING, "INSERTS_ONLY",
            "the changes the sink takes, an AcceptedChanges name");
    static final Map<String, List<Row>> ROWS = new ConcurrentHashMap<>();
    static final Map<String, List<Row>> WRITTEN = new ConcurrentHashMap<>();
    /** Per sink table, the changes written, as {@code +U Row[a, 2]}. */
    static final Map<String, List<String>> CHANGELOGS = new ConcurrentHashMap<>();

    @Override
    public String identifier() {
        return "memory";
    }

    @Override
    public List<ConfigOption<?>> options() {
        return List.of(DATA, FILTERABLE, BOUNDED, CHANGES);
    }

    @Override
    public Source createSource(ConnectorContext context) {
        List<Row> rows = ROWS.getOrDefault(context.options().get(DATA), List.of());
        MemorySource source = new MemorySource(rows, context.projection(), null, "");
        boolean bounded = context.options().get(BOUNDED);
        return context.options().get(FILTERABLE) && bounded ? source : new PlainSource(source, bounded);
    }

    @Override
    public Sink createSink(ConnectorContext context) {
        List<Row> written = WRITTEN.computeIfAbsent(context.tableName(), k -> Collections.synchronizedList(new ArrayList<>()));
        List<String> changelog = CHANGELOGS.computeIfAbsent(context.tableName(),
                k -> Collections.synchronizedList(new ArrayList<>()));
        AcceptedChanges changes = AcceptedChanges.valueOf(context.options().get(CHANGES));
        return new Sink() {
            @Override
            public SinkWriter createWriter(SinkContext sinkContext) {
                return (kind, row) -> {
                    written.add(row.copy());
                    changelog.add(kind.shortString() + " " + row);
                };
            }

            @Override
            public AcceptedChanges acceptedChanges() {
                return changes;
            }

            @Override
            public String describe() {
                return "MemorySink";
            }
        };
    }

    private static final class MemorySource implements FilterableSource {
        private final List<Row> rows;
        private final List<Integer> projection;
        private final RowPredicate filter;
        private final String filterText;

        MemorySource(List<Row> rows, List<Integer> projection, RowPredicate filter, String filterText) {
            this.rows = rows;
            this.projection = projection;
            this.filter = filter;
            this.filterText = filterText;
        }

        @Override
        public Source withFilter(RowPredicate predicate, String description) {
            return new MemorySource(rows, projection, predicate, description);
        }

        @Override
        public boolean isBounded() {
            return true;
        }

        @Override
        public String describe() {
            return "MemorySource(projection=" + projection + (filter == null ? "" : ", filter=" + filterText) + ")";
        }

        @Override
        public SourceReader createReader(SourceContext context) {
            return new SourceReader() {
                private int next = context.subtaskIndex();
                private final Row out = new Row(projection.size());

                @Override
                public ReadStatus pollNext(Output output) {
                    if (next >= rows.size()) {
                        return ReadStatus.END_OF_INPUT;
                    }
                    Row row = rows.get(next);
                    next += context.parallelism();
                    for (int i = 0; i < projection.size(); i++) {
                        out.setBoxed(i, null);
                        int from = projection.get(i);
                        if (!row.isNullAt(from)) {
                            Object o = row.getObject(from);
                            if (o != null) {
                                out.setObject(i, o);
                            } else {
                                out.setLong(i, row.getLong(from));
                            }
                        }
                    }
                    if (filter == null || filter.test(out)) {
                        output.emit(ChangeKind.INSERT, out);
                    }
                    return ReadStatus.MORE_AVAILABLE;
                }
            };
        }
    }

    /** The same source without filter push-down, and bounded or not. */
    private static final class PlainSource implements Source {
        private final Source delegate;
        private final boolean bounded;

        PlainSource(Source delegate, boolean bounded) {
            this.delegate = delegate;
            this.bounded = bounded;
        }

        @Override
        public boolean isBounded() {
            return bounded;
        }

        @Override
        public SourceReader createReader(SourceContext context) {
            return delegate.createReader(context);
        }

        @Override
        public String describe() {
            return delegate.describe();
        }
    }
}
