package io.weir.runtime.connector;

import java.util.Objects;

/**
 * An option a connector (or the session) accepts: its key, type, default, whether it is required, and what it means.
 * {@code defaultValue} is {@code null} when the option has none.
 */
public record ConfigOption<T>(String key, OptionType<T> type, T defaultValue, boolean required, String description) {
    public ConfigOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
    }

    public static <T> ConfigOption<T> optional(String key, OptionType<T> type, T defaultValue, String description) {
        return new ConfigOption<>(key, type, defaultValue, false, description);
    }

    public static <T> ConfigOption<T> required(String key, OptionType<T> type, String description) {
        return new ConfigOption<>(key, type, null, true, description);
    }
}
