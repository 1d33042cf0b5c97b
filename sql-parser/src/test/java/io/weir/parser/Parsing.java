package io.weir.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.weir.parser.statement.Statement;
import java.util.List;

/** Shorthands shared by the parser's tests. */
final class Parsing {
    private Parsing() {
    }

    static List<Statement> parse(String script) {
        return ScriptParser.create().parse(script);
    }

    static <T extends Statement> T single(String script, Class<T> kind) {
        List<Statement> statements = parse(script);
        assertThat(statements).hasSize(1);
        assertThat(statements.get(0)).isInstanceOf(kind);
        return kind.cast(statements.get(0));
    }

    static ParseException error(String script) {
        ParseException e = catchThrowableOfType(ParseException.class, () -> parse(script));
        assertThat(e).as("parse error for %s", script).isNotNull();
        return e;
    }
}
