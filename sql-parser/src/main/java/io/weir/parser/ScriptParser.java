package io.weir.parser;

import io.weir.parser.statement.Statement;
import java.util.List;

/**
 * Splits a script into statements and parses each: Weir's statements by the ANTLR grammar, query bodies by
 * Weir's extension of Calcite's parser. Positions in statements and errors are those of the original script.
 */
public interface ScriptParser {
    /**
     * Parses a whole script; its last statement may omit its semicolon.
     *
     * @throws ParseException at the first syntax error, with its line and column in {@code script}
     */
    List<Statement> parse(String script);

    /** The parser Weir uses: Flink-like conformance, back-quoted identifiers, unquoted names matched case-insensitively. */
    static ScriptParser create() {
        return new WeirScriptParser();
    }

    /**
     * The words worth completing in a shell: the keywords of Weir's statements and Calcite's reserved SQL keywords,
     * upper case, sorted, without duplicates.
     */
    static List<String> keywords() {
        return Keywords.ALL;
    }
}
