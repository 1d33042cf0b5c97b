package io.weir.runtime.row;

/** The kind of change a row stands for in a changelog: insert, update before/after, delete. */
public enum ChangeKind {
    INSERT("+I"),
    UPDATE_BEFORE("-U"),
    UPDATE_AFTER("+U"),
    DELETE("-D");

    private static final ChangeKind[] VALUES = values();
    private final String shortString;

    ChangeKind(String shortString) {
        this.shortString = shortString;
    }

    /** The short form used by the print connector, the shell's op column and golden files. */
    public String shortString() {
        return shortString;
    }

    /** Whether this change adds a row ({@code +I}, {@code +U}) rather than retracting one. */
    public boolean isAccumulate() {
        return this == INSERT || this == UPDATE_AFTER;
    }

    public static ChangeKind ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }

    /** Parses {@code +I}, {@code -U}, {@code +U} or {@code -D}. */
    public static ChangeKind ofShortString(String text) {
        for (ChangeKind kind : VALUES) {
            if (kind.shortString.equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown change kind '" + text + "'");
    }
}
