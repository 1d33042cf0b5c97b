package io.weir.connector.datagen;

import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.OptionType;
import io.weir.runtime.connector.SourceFactory;
import io.weir.runtime.source.Source;
import java.time.Duration;
import java.util.List;

/** The {@code datagen} connector: a source of random or sequential rows, with Flink's options. */
public final class DataGenFactory implements SourceFactory {
    public static final ConfigOption<Long> ROWS_PER_SECOND = ConfigOption.optional("rows-per-second", OptionType.LONG,
            10_000L, "How many rows the source emits per second, in total over all its subtasks.");
    public static final ConfigOption<Long> NUMBER_OF_ROWS = ConfigOption.optional("number-of-rows", OptionType.LONG,
            null, "How many rows to emit in total; when unset the source is unbounded (unless a column is a sequence).");
    public static final ConfigOption<String> KIND = ConfigOption.optional("fields.#.kind",
            OptionType.oneOf("random", "sequence"), "random",
            "How the column's values are made: 'random' values, or a 'sequence' from start to end that bounds the source.");
    public static final ConfigOption<Long> START = ConfigOption.optional("fields.#.start", OptionType.LONG, null,
            "First value of a sequence column.");
    public static final ConfigOption<Long> END = ConfigOption.optional("fields.#.end", OptionType.LONG, null,
            "Last value of a sequence column; the source ends after it.");
    public static final ConfigOption<String> MIN = ConfigOption.optional("fields.#.min", OptionType.STRING, null,
            "Smallest value of a random numeric column (the type's smallest by default).");
    public static final ConfigOption<String> MAX = ConfigOption.optional("fields.#.max", OptionType.STRING, null,
            "Largest value of a random numeric column (the type's largest by default).");
    public static final ConfigOption<Integer> LENGTH = ConfigOption.optional("fields.#.length", OptionType.INT, 100,
            "Length of a random string or bytes column's values, capped by the column's declared length.");
    public static final ConfigOption<Double> NULL_RATE = ConfigOption.optional("fields.#.null-rate", OptionType.DOUBLE,
            0.0, "Fraction of the column's values that are NULL, between 0 and 1.");
    public static final ConfigOption<Duration> MAX_PAST = ConfigOption.optional("fields.#.max-past",
            OptionType.DURATION, Duration.ZERO,
            "How far before now a random timestamp or date column's values may lie; 0 means now.");

    @Override
    public String identifier() {
        return "datagen";
    }

    @Override
    public List<ConfigOption<?>> options() {
        return List.of(ROWS_PER_SECOND, NUMBER_OF_ROWS, KIND, START, END, MIN, MAX, LENGTH, NULL_RATE, MAX_PAST);
    }

    @Override
    public Source createSource(ConnectorContext context) {
        return DataGenSource.create(context);
    }
}
