package io.weir.planner.sort;

/**
 * One key of an ORDER BY: the input field it sorts on, its direction and where its NULLs go.
 *
 * @param field the index of the field in the sorted rows
 * @param descending whether greater values come first ({@code DESC})
 * @param nullsFirst whether NULLs come before every value ({@code NULLS FIRST}; Flink's default for {@code ASC})
 */
public record SortKey(int field, boolean descending, boolean nullsFirst) {
    public SortKey {
        if (field < 0) {
            throw new IllegalArgumentException("sort field " + field);
        }
    }

    @Override
    public String toString() {
        return "$" + field + (descending ? " DESC" : " ASC") + (nullsFirst ? " NULLS FIRST" : " NULLS LAST");
    }
}
