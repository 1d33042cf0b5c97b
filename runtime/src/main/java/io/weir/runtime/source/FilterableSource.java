package io.weir.runtime.source;

import io.weir.runtime.operator.RowPredicate;

/**
 * A source that applies a filter while it reads, so rejected rows never leave the reader
 * (and, where the format allows, are never fully decoded). The planner pushes a query's filter into it.
 */
public interface FilterableSource extends Source {
    /**
     * A source like this one that emits only the rows the predicate accepts. The predicate sees rows of the
     * source's produced type (after projection) and is shared by all readers: it is stateless and thread-safe.
     */
    Source withFilter(RowPredicate predicate, String description);
}
