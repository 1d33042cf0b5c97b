package io.weir.connector.nexmark;

import io.weir.connector.ConnectorErrors;
import io.weir.connector.SourceSplits;
import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.Options;
import io.weir.runtime.operator.RowPredicate;
import io.weir.runtime.row.Row;
import io.weir.runtime.source.FilterableSource;
import io.weir.runtime.source.Source;
import io.weir.runtime.source.SourceContext;
import io.weir.runtime.source.SourceReader;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The {@code nexmark} source: events numbered from 0 to {@code events.num} (or without end), each row holding the
 * event's type and its person, auction or bid, all a function of the event number. The numbers are dealt into as many
 * splits as the first run had subtasks (split {@code s} of {@code k} holds {@code s, s + k, …}); a reader's position
 * is each owned split's next event number, with the base time, so a restored run continues the same events.
 */
final class NexmarkSource implements FilterableSource {
    /** {@code events.num} that means the source never ends. */
    static final long UNBOUNDED = 0;
    /** The columns of a position row: one per split. */
    static final RowType POSITION_TYPE = RowType.of(List.of("split", "split_count", "next_event", "base_time"),
            List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.of(TypeRoot.INTEGER).withNullable(false),
                    DataType.of(TypeRoot.BIGINT).withNullable(false), DataType.of(TypeRoot.BIGINT).withNullable(false)));

    private final NexmarkModel model;
    private final long totalEvents;
    private final long eventsPerSecond;
    private final List<Integer> projection;
    private final String baseTimeText;
    private final RowPredicate predicate;
    private final String filterDescription;

    NexmarkSource(NexmarkModel model, long totalEvents, long eventsPerSecond, List<Integer> projection,
            String baseTimeText, RowPredicate predicate, String filterDescription) {
        this.model = model;
        this.totalEvents = totalEvents;
        this.eventsPerSecond = eventsPerSecond;
        this.projection = List.copyOf(projection);
        this.baseTimeText = baseTimeText;
        this.predicate = predicate;
        this.filterDescription = filterDescription;
    }

    static NexmarkSource create(ConnectorContext context) {
        NexmarkSchema.check(context.tableName(), context.physicalType());
        Options options = context.options();
        long rate = positive(options, NexmarkFactory.FIRST_EVENT_RATE);
        positive(options, NexmarkFactory.NEXT_EVENT_RATE);
        long total = options.get(NexmarkFactory.EVENTS_NUM);
        if (total < 0) {
            throw ConnectorErrors.invalidOptionValue(NexmarkFactory.EVENTS_NUM.key(), Long.toString(total),
                    "a number of events that is 0 (no end) or more");
        }
        int persons = proportion(options, NexmarkFactory.PERSON_PROPORTION);
        int auctions = proportion(options, NexmarkFactory.AUCTION_PROPORTION);
        int bids = proportion(options, NexmarkFactory.BID_PROPORTION);
        if (persons == 0 && (auctions > 0 || bids > 0)) {
            throw ConnectorErrors.nexmarkProportionRequired(NexmarkFactory.PERSON_PROPORTION.key(),
                    "auctions need sellers and bids need bidders");
        }
        if (auctions == 0 && bids > 0) {
            throw ConnectorErrors.nexmarkProportionRequired(NexmarkFactory.AUCTION_PROPORTION.key(),
                    "bids need auctions to bid on");
        }
        if (persons == 0) {
            throw ConnectorErrors.nexmarkProportionRequired(NexmarkFactory.PERSON_PROPORTION.key(),
                    "every proportion is 0");
        }
        String baseTimeText = options.get(NexmarkFactory.BASE_TIME);
        // The default base time is taken once here, so every subtask's readers share it.
        long baseTime = baseTimeText == null ? System.currentTimeMillis() : parseBaseTime(baseTimeText);
        NexmarkModel model = new NexmarkModel(persons, auctions, bids, baseTime, 1_000_000.0 / rate);
        return new NexmarkSource(model, total, rate, context.projection(), baseTimeText, null, null);
    }

    /** Epoch milliseconds, or a date-time read as UTC, which the TIMESTAMP(3) columns then show as written. */
    static long parseBaseTime(String text) {
        String t = text.trim();
        try {
            if (t.matches("-?\\d+")) {
                return Long.parseLong(t);
            }
            LocalDateTime dateTime = t.length() == 10 ? LocalDate.parse(t).atStartOfDay()
                    : LocalDateTime.parse(t.replace(' ', 'T'));
            return dateTime.toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw ConnectorErrors.invalidOptionValue(NexmarkFactory.BASE_TIME.key(), text,
                    "a timestamp like '2026-01-01 00:00:00' or epoch milliseconds");
        }
    }

    private static long positive(Options options, ConfigOption<Long> option) {
        long value = options.get(option);
        if (value <= 0) {
            throw ConnectorErrors.invalidOptionValue(option.key(), Long.toString(value),
                    "a positive number of events per second");
        }
        return value;
    }

    private static int proportion(Options options, ConfigOption<Integer> option) {
        int value = options.get(option);
        if (value < 0) {
            throw ConnectorErrors.invalidOptionValue(option.key(), Integer.toString(value),
                    "a proportion that is 0 or more");
        }
        return value;
    }

    NexmarkModel model() {
        return model;
    }

    @Override
    public boolean isBounded() {
        return totalEvents != UNBOUNDED;
    }

    @Override
    public RowType positionType() {
        return POSITION_TYPE;
    }

    @Override
    public SourceReader createReader(SourceContext context) {
        long end = totalEvents == UNBOUNDED ? Long.MAX_VALUE : totalEvents;
        if (!context.isRestored()) {
            int[] splits = SourceSplits.owned(context.parallelism(), context);
            long[] next = new long[splits.length];
            for (int k = 0; k < splits.length; k++) {
                next[k] = splits[k];
            }
            return new NexmarkReader(model, projection, splits, next, context.parallelism(), end, predicate);
        }
        int splitCount = SourceSplits.restoredSplitCount(context, 1, describe());
        List<Row> owned = SourceSplits.ownedPositions(context);
        int[] splits = new int[owned.size()];
        long[] next = new long[owned.size()];
        for (int k = 0; k < splits.length; k++) {
            splits[k] = owned.get(k).getInt(0);
            next[k] = owned.get(k).getLong(2);
        }
        // Event times count from the base time of the first run, which a default base time (now) would not repeat.
        long baseTime = context.restoredPositions().get(0).getLong(3);
        NexmarkModel restored = new NexmarkModel(model.personProportion(), model.auctionProportion(),
                model.bidProportion(), baseTime, model.interEventDelayMicros());
        return new NexmarkReader(restored, projection, splits, next, splitCount, end, predicate);
    }

    @Override
    public Source withFilter(RowPredicate filter, String description) {
        RowPredicate combined = filter;
        String combinedDescription = description;
        if (predicate != null) {
            RowPredicate first = predicate;
            combined = row -> first.test(row) && filter.test(row);
            combinedDescription = filterDescription + " AND " + description;
        }
        return new NexmarkSource(model, totalEvents, eventsPerSecond, projection, baseTimeText, combined,
                combinedDescription);
    }

    @Override
    public String describe() {
        StringBuilder b = new StringBuilder("nexmark(rate=").append(eventsPerSecond);
        if (totalEvents != UNBOUNDED) {
            b.append(", events=").append(totalEvents);
        }
        b.append(", proportions=").append(model.personProportion()).append(':').append(model.auctionProportion())
                .append(':').append(model.bidProportion());
        if (baseTimeText != null) {
            b.append(", base-time=").append(baseTimeText);
        }
        if (filterDescription != null) {
            b.append(", filter=[").append(filterDescription).append(']');
        }
        return b.append(')').toString();
    }
}
