package io.weir.planner.codegen;

import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;

/** What generated code reads besides its input row: the query's start time and the session time zone. */
public final class QueryDataContext implements DataContext {
    /** The variable holding the session time zone as a {@link ZoneId}, for Weir's functions. */
    public static final String ZONE_ID = "weirZoneId";

    private final Map<String, Object> values;

    private QueryDataContext(Map<String, Object> values) {
        this.values = values;
    }

    /** The context of a query starting now in the session time zone. */
    public static QueryDataContext startingNow(ZoneId timeZone) {
        long now = System.currentTimeMillis();
        TimeZone zone = TimeZone.getTimeZone(timeZone);
        long local = now + zone.getOffset(now);
        return new QueryDataContext(Map.of(
                Variable.UTC_TIMESTAMP.camelName, now,
                Variable.CURRENT_TIMESTAMP.camelName, now,
                Variable.LOCAL_TIMESTAMP.camelName, local,
                Variable.TIME_ZONE.camelName, zone,
                ZONE_ID, timeZone));
    }

    @Override
    public SchemaPlus getRootSchema() {
        return null;
    }

    @Override
    public JavaTypeFactory getTypeFactory() {
        return null;
    }

    @Override
    public QueryProvider getQueryProvider() {
        return null;
    }

    @Override
    public Object get(String name) {
        return values.get(name);
    }
}
