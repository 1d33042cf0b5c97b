package io.weir.checkpoint;

import java.util.Objects;

/** One {@code WITH ('key' = 'value')} option of a stored table, in the order written. */
public record StoredOption(String key, String value) {
    public StoredOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
