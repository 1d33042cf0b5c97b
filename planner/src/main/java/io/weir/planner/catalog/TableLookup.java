package io.weir.planner.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.lookup.LikePattern;
import org.apache.calcite.schema.lookup.Lookup;
import org.apache.calcite.schema.lookup.Named;

/** Calcite's view of a schema's tables, found by a case-insensitive lookup of Weir's and listed by name. */
final class TableLookup implements Lookup<Table> {
    private final Function<String, Optional<Named<Table>>> find;
    private final Supplier<List<String>> names;

    TableLookup(Function<String, Optional<Named<Table>>> find, Supplier<List<String>> names) {
        this.find = find;
        this.names = names;
    }

    @Override
    public Table get(String name) {
        return find.apply(name).map(Named::entity).orElse(null);
    }

    @Override
    public Named<Table> getIgnoreCase(String name) {
        return find.apply(name).orElse(null);
    }

    @Override
    public Set<String> getNames(LikePattern pattern) {
        Set<String> matching = new LinkedHashSet<>();
        for (String name : names.get()) {
            if (pattern.matcher().apply(name)) {
                matching.add(name);
            }
        }
        return matching;
    }
}
