package io.weir.runtime.connector;

import java.util.List;

/** A connector for the registry's tests, listed in the test class path's services. */
public final class SampleConnectorFactory implements ConnectorFactory {
    static final ConfigOption<String> PATH = ConfigOption.required("path", OptionType.STRING, "Where the data lives.");
    static final ConfigOption<String> MODE = ConfigOption.optional("mode", OptionType.oneOf("fast", "safe"), "fast",
            "How to run.");
    static final ConfigOption<String> KIND = ConfigOption.optional("fields.#.kind", OptionType.oneOf("random", "sequence"),
            "random", "How to make a column's values.");

    @Override
    public String identifier() {
        return "sample";
    }

    @Override
    public List<ConfigOption<?>> options() {
        return List.of(PATH, MODE, KIND);
    }
}
