package io.weir.runtime.connector;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** The type of an option's value: a name for docs and errors, and how its text is parsed. */
public final class OptionType<T> {
    public static final OptionType<String> STRING = new OptionType<>("STRING", s -> s, List.of());
    public static final OptionType<Integer> INT = new OptionType<>("INT", s -> Integer.valueOf(s.trim()), List.of());
    public static final OptionType<Long> LONG = new OptionType<>("LONG", s -> Long.valueOf(s.trim()), List.of());
    public static final OptionType<Double> DOUBLE = new OptionType<>("DOUBLE", s -> Double.valueOf(s.trim()), List.of());
    public static final OptionType<Boolean> BOOLEAN = new OptionType<>("BOOLEAN", OptionType::parseBoolean, List.of("true", "false"));
    public static final OptionType<Character> CHAR = new OptionType<>("CHAR", OptionType::parseChar, List.of());
    public static final OptionType<Duration> DURATION = new OptionType<>("DURATION", OptionType::parseDuration, List.of());

    private final String name;
    private final Function<String, T> parser;
    private final List<String> acceptedValues;

    private OptionType(String name, Function<String, T> parser, List<String> acceptedValues) {
        this.name = name;
        this.parser = parser;
        this.acceptedValues = List.copyOf(acceptedValues);
    }

    /** A string option that accepts only the given values, compared case-insensitively and returned as listed. */
    public static OptionType<String> oneOf(String... values) {
        List<String> accepted = List.of(values);
        return new OptionType<>("ENUM", s -> {
            for (String v : accepted) {
                if (v.equalsIgnoreCase(s.trim())) {
                    return v;
                }
            }
            throw new IllegalArgumentException("not one of " + accepted);
        }, accepted);
    }

    public String name() {
        return name;
    }

    /** The values it accepts, where they are a fixed set; empty otherwise. */
    public List<String> acceptedValues() {
        return acceptedValues;
    }

    /** Parses the text of option {@code key}, or fails with an error that names the option and what it accepts. */
    public T parse(String key, String text) {
        Objects.requireNonNull(text, "text");
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            String expected = acceptedValues.isEmpty() ? "a value of type " + name
                    : "one of " + String.join(", ", acceptedValues);
            throw new WeirException(ErrorCode.INVALID_OPTION,
                    "Invalid value '" + text + "' for option '" + key + "': expected " + expected);
        }
    }

    private static Boolean parseBoolean(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.equals("true")) {
            return Boolean.TRUE;
        }
        if (v.equals("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException(s);
    }

    private static Character parseChar(String s) {
        String v = s.equals("\\t") ? "\t" : s;
        if (v.length() != 1) {
            throw new IllegalArgumentException(s);
        }
        return v.charAt(0);
    }

    /** Flink's duration syntax: a number and an optional unit (ms, s, min, h, d; long forms too); no unit is ms. */
    static Duration parseDuration(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < v.length() && Character.isDigit(v.charAt(i))) {
            i++;
        }
        if (i == 0) {
            throw new IllegalArgumentException(s);
        }
        long n = Long.parseLong(v.substring(0, i));
        String unit = v.substring(i).trim();
        switch (unit) {
            case "":
            case "ms":
            case "milli":
            case "millis":
            case "millisecond":
            case "milliseconds":
                return Duration.ofMillis(n);
            case "s":
            case "sec":
            case "secs":
            case "second":
            case "seconds":
                return Duration.ofSeconds(n);
            case "m":
            case "min":
            case "mins":
            case "minute":
            case "minutes":
                return Duration.ofMinutes(n);
            case "h":
            case "hour":
            case "hours":
                return Duration.ofHours(n);
            case "d":
            case "day":
            case "days":
                return Duration.ofDays(n);
            default:
                throw new IllegalArgumentException(s);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
