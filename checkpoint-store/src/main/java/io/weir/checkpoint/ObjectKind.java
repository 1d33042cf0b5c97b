package io.weir.checkpoint;

/** What a catalog object is. */
public enum ObjectKind {
    TABLE("Table"),
    VIEW("View");

    private final String displayName;

    ObjectKind(String displayName) {
        this.displayName = displayName;
    }

    /** The word messages start with: {@code Table 'orders' created}. */
    public String displayName() {
        return displayName;
    }
}
