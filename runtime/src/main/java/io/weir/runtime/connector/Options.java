package io.weir.runtime.connector;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A table's WITH options as written, read through typed {@link ConfigOption}s. */
public final class Options {
    private final Map<String, String> raw;

    public Options(Map<String, String> raw) {
        this.raw = Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** The option's value, or its default (which may be null). */
    public <T> T get(ConfigOption<T> option) {
        String text = raw.get(option.key());
        return text == null ? option.defaultValue() : option.type().parse(option.key(), text);
    }

    /** The option's value if it was set. */
    public <T> Optional<T> getOptional(ConfigOption<T> option) {
        String text = raw.get(option.key());
        return text == null ? Optional.empty() : Optional.of(option.type().parse(option.key(), text));
    }

    /** The value of a templated option ({@code fields.#.kind}) for one column, or its default. */
    public <T> T get(ConfigOption<T> template, String column) {
        String key = template.key().replace("#", column);
        String text = raw.get(key);
        return text == null ? template.defaultValue() : template.type().parse(key, text);
    }

    public boolean contains(String key) {
        return raw.containsKey(key);
    }

    public Map<String, String> asMap() {
        return raw;
    }
}
