package io.weir.planner;

import java.util.Locale;

/**
 * How a statement runs, Flink's {@code execution.runtime-mode}: {@code streaming} results are changelogs that update
 * as input arrives; {@code batch} reads bounded inputs to a final, insert-only result that may be sorted and limited.
 */
public enum RuntimeMode {
    STREAMING,
    BATCH;

    /** The option's value as SET writes it: {@code streaming} or {@code batch}. */
    public String optionValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The mode named by {@code value}, without regard to case as in Flink. */
    public static RuntimeMode of(String value) {
        String trimmed = value.trim();
        for (RuntimeMode mode : values()) {
            if (mode.name().equalsIgnoreCase(trimmed)) {
                return mode;
            }
        }
        throw PlannerErrors.badRuntimeMode(value);
    }
}
