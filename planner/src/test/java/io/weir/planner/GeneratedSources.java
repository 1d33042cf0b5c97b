package io.weir.planner;

import static io.weir.planner.TestCatalog.query;

import java.util.List;
import java.util.Map;

/** The Java source the planner generates for a query, for tests that look at the code itself. */
final class GeneratedSources {
    private GeneratedSources() {
    }

    static String of(TestCatalog catalog, String sql) {
        List<String> sources = ((CalcitePlanner) Planner.create(catalog))
                .generatedSources(query(sql), new PlannerOptions(1, Map.of()));
        return String.join("\n", sources);
    }
}
