package io.weir.connector.nexmark;

import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.OptionType;
import io.weir.runtime.connector.SourceFactory;
import io.weir.runtime.source.Source;
import java.util.List;

/** The {@code nexmark} connector: the Nexmark benchmark's stream of people, auctions and bids, with its options. */
public final class NexmarkFactory implements SourceFactory {
    public static final ConfigOption<Long> FIRST_EVENT_RATE = ConfigOption.optional("first-event.rate",
            OptionType.LONG, 10_000_000L,
            "Events per second of event time: 10^6 / rate microseconds between two events' times (emission is not paced).");
    public static final ConfigOption<Long> NEXT_EVENT_RATE = ConfigOption.optional("next-event.rate",
            OptionType.LONG, 10_000_000L,
            "Accepted for the benchmark's DDL; as in its reference generator, only 'first-event.rate' is used.");
    public static final ConfigOption<Long> EVENTS_NUM = ConfigOption.optional("events.num", OptionType.LONG, 0L,
            "How many events to generate in total; 0 means without end.");
    public static final ConfigOption<Integer> PERSON_PROPORTION = ConfigOption.optional("person.proportion",
            OptionType.INT, 1, "Share of people among the events, relative to the other two proportions.");
    public static final ConfigOption<Integer> AUCTION_PROPORTION = ConfigOption.optional("auction.proportion",
            OptionType.INT, 3, "Share of auctions among the events, relative to the other two proportions.");
    public static final ConfigOption<Integer> BID_PROPORTION = ConfigOption.optional("bid.proportion",
            OptionType.INT, 46, "Share of bids among the events, relative to the other two proportions.");
    public static final ConfigOption<String> BASE_TIME = ConfigOption.optional("base-time", OptionType.STRING, null,
            "Event time of the first event, as 'yyyy-MM-dd HH:mm:ss[.SSS]' or epoch milliseconds; "
                    + "the clock when the source is created if unset. Fixing it makes a run reproducible.");

    @Override
    public String identifier() {
        return "nexmark";
    }

    @Override
    public List<ConfigOption<?>> options() {
        return List.of(FIRST_EVENT_RATE, NEXT_EVENT_RATE, EVENTS_NUM, PERSON_PROPORTION, AUCTION_PROPORTION,
                BID_PROPORTION, BASE_TIME);
    }

    @Override
    public Source createSource(ConnectorContext context) {
        return NexmarkSource.create(context);
    }
}
