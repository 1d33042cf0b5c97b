package io.weir.parser;

import io.weir.parser.statement.Query;
import io.weir.parser.statement.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.config.Lex;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/** The first cut of the script parser: semicolon-separated queries only, parsed by Calcite's stock parser. */
final class WeirScriptParser implements ScriptParser {
    @Override
    public List<Statement> parse(String script) {
        List<Statement> statements = new ArrayList<>();
        for (String text : script.split(";")) {
            if (text.isBlank()) {
                continue;
            }
            try {
                SqlNode node = SqlParser.create(text, SqlParser.config().withLex(Lex.MYSQL)).parseQuery();
                statements.add(new Query(SourceSpan.at(1, 1), text.trim(), node));
            } catch (SqlParseException e) {
                throw new ParseException(SourceSpan.at(e.getPos().getLineNum(), e.getPos().getColumnNum()), e.getMessage(), e);
            }
        }
        return statements;
    }
}
