package io.weir.parser.internal;

import io.weir.parser.ObjectName;
import io.weir.parser.ParserErrors;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Names and string literals as their writers meant them: quotes removed, doubled quotes undone, case kept. */
final class Identifiers {
    private static final int MAX_NAME_PARTS = 3;

    private Identifiers() {
    }

    static String name(WeirParser.IdentifierContext ctx) {
        String text = ctx.getText();
        if (ctx.QUOTED_IDENTIFIER() != null) {
            return text.substring(1, text.length() - 1).replace("``", "`");
        }
        return text;
    }

    static List<String> names(WeirParser.ColumnNamesContext ctx) {
        List<String> names = new ArrayList<>();
        if (ctx != null) {
            for (WeirParser.IdentifierContext identifier : ctx.identifier()) {
                names.add(name(identifier));
            }
        }
        return names;
    }

    static ObjectName objectName(WeirParser.ObjectNameContext ctx) {
        if (ctx.identifier().size() > MAX_NAME_PARTS) {
            throw ParserErrors.tooManyNameParts(Positions.of(ctx), ctx.getText());
        }
        List<String> parts = new ArrayList<>();
        for (WeirParser.IdentifierContext identifier : ctx.identifier()) {
            parts.add(name(identifier));
        }
        return new ObjectName(parts);
    }

    static String string(Token literal) {
        String text = literal.getText();
        return text.substring(1, text.length() - 1).replace("''", "'");
    }
}
