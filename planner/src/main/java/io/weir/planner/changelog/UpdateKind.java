package io.weir.planner.changelog;

/** How an operator that produces updates emits each one, as the changelog inference decided for it. */
public enum UpdateKind {
    /** {@code -U} of the old row, then {@code +U} of the new one: what a consumer that retracts needs. */
    BEFORE_AND_AFTER,
    /** Only {@code +U} of the new row: enough for a consumer that upserts by the operator's unique key. */
    ONLY_AFTER;

    /** The update kind of a node whose inferred changelog is {@code mode}. */
    public static UpdateKind of(ChangelogMode mode) {
        return mode.isUpsert() ? ONLY_AFTER : BEFORE_AND_AFTER;
    }
}
