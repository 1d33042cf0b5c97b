package io.weir.parser;

import io.weir.parser.internal.ScriptParsing;
import io.weir.parser.statement.Statement;
import java.util.List;

/** The script parser: Weir's ANTLR grammar for statements, Weir's extension of Calcite's parser for query bodies. */
final class WeirScriptParser implements ScriptParser {
    @Override
    public List<Statement> parse(String script) {
        return ScriptParsing.parse(script);
    }
}
