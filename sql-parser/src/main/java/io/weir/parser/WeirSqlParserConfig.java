package io.weir.parser;

import io.weir.parser.internal.WeirSqlConformance;
import io.weir.parser.internal.calcite.WeirSqlParserImpl;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.validate.SqlConformance;

/**
 * The settings of Weir's Calcite parser, shared by the script parser and the planner so both read SQL alike:
 * Weir's extended grammar, back-quoted identifiers kept as written and matched case-insensitively, and a
 * Flink-like conformance.
 */
public final class WeirSqlParserConfig {
    /** Long enough for any generated or descriptive name; Calcite's default of 128 is not. */
    private static final int IDENTIFIER_MAX_LENGTH = 1024;

    private static final SqlParser.Config CONFIG = SqlParser.config()
            .withParserFactory(WeirSqlParserImpl.FACTORY)
            .withQuoting(Quoting.BACK_TICK)
            .withUnquotedCasing(Casing.UNCHANGED)
            .withQuotedCasing(Casing.UNCHANGED)
            .withCaseSensitive(false)
            .withConformance(WeirSqlConformance.INSTANCE)
            .withIdentifierMaxLength(IDENTIFIER_MAX_LENGTH);

    private WeirSqlParserConfig() {
    }

    /** The parser configuration; pass it to {@link SqlParser#create(String, SqlParser.Config)}. */
    public static SqlParser.Config config() {
        return CONFIG;
    }

    /** The conformance in {@link #config()}, for the validator. */
    public static SqlConformance conformance() {
        return WeirSqlConformance.INSTANCE;
    }
}
