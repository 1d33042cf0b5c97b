package io.weir.parser;

import io.weir.parser.internal.WeirSyntax;
import io.weir.parser.internal.calcite.WeirSqlParserImpl;
import java.io.StringReader;
import java.util.List;
import java.util.TreeSet;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;

/** The keyword list behind {@link ScriptParser#keywords()}, computed once from both grammars. */
final class Keywords {
    static final List<String> ALL = compute();

    private Keywords() {
    }

    private static List<String> compute() {
        TreeSet<String> keywords = new TreeSet<>(WeirSyntax.keywords());
        SqlAbstractParserImpl.Metadata metadata =
                WeirSqlParserImpl.FACTORY.getParser(new StringReader("")).getMetadata();
        for (String token : metadata.getTokens()) {
            if (token.matches("[A-Z][A-Z_]*") && metadata.isReservedWord(token)) {
                keywords.add(token);
            }
        }
        return List.copyOf(keywords);
    }
}
