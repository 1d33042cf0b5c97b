package io.weir.parser;

import java.util.List;

/** Every syntax error message of the parser, in one place so that tests and documentation can list them. */
public final class ParserErrors {
    private static final int MAX_QUOTED_LENGTH = 40;

    private ParserErrors() {
    }

    /** A token that cannot stand where it is; {@code expected} names what could, possibly none. */
    public static ParseException unexpectedToken(SourceSpan span, String token, List<String> expected) {
        return new ParseException(span, "Unexpected " + quote(token) + expectedSuffix(expected));
    }

    /** The script ends where a statement needs more. */
    public static ParseException unexpectedEndOfScript(SourceSpan span, List<String> expected) {
        return new ParseException(span, "Unexpected end of script" + expectedSuffix(expected));
    }

    /** A query body or expression ends where it needs more. */
    public static ParseException unexpectedEndOfStatement(SourceSpan span, List<String> expected) {
        return new ParseException(span, "Unexpected end of statement" + expectedSuffix(expected));
    }

    /** One token, such as a closing parenthesis, is missing before {@code before}. */
    public static ParseException missingToken(SourceSpan span, String missing, String before) {
        return new ParseException(span, "Missing " + missing + " before " + quote(before));
    }

    /** One token, such as a closing parenthesis, is missing at the end of the script. */
    public static ParseException missingTokenAtEnd(SourceSpan span, String missing) {
        return new ParseException(span, "Missing " + missing + " at the end of the script");
    }

    public static ParseException unterminatedString(SourceSpan span) {
        return new ParseException(span, "Unterminated string literal; close it with ' (write '' for a quote inside it)");
    }

    public static ParseException unterminatedQuotedName(SourceSpan span) {
        return new ParseException(span, "Unterminated quoted name; close it with ` (write `` for a back quote inside it)");
    }

    public static ParseException unterminatedDoubleQuoted(SourceSpan span) {
        return new ParseException(span, "Unterminated double-quoted text; close it with \"");
    }

    public static ParseException unterminatedComment(SourceSpan span) {
        return new ParseException(span, "Unterminated comment; close it with */");
    }

    public static ParseException emptyQuotedName(SourceSpan span) {
        return new ParseException(span, "Empty quoted name ``; a name needs at least one character");
    }

    public static ParseException unknownType(SourceSpan span, String name, List<String> known) {
        return new ParseException(span, "Unknown type " + quote(name) + "; expected one of " + String.join(", ", known));
    }

    public static ParseException tooManyTypeParameters(SourceSpan span, String type, int allowed) {
        String what = switch (allowed) {
            case 0 -> "no parameters";
            case 1 -> "at most one parameter";
            default -> "at most " + allowed + " parameters";
        };
        return new ParseException(span, "Type " + type + " takes " + what);
    }

    public static ParseException numberOutOfRange(SourceSpan span, String text) {
        return new ParseException(span, "Number " + quote(text) + " is too large");
    }

    public static ParseException primaryKeyMustBeNotEnforced(SourceSpan span) {
        return new ParseException(span,
                "Write PRIMARY KEY ... NOT ENFORCED: Weir does not own the data, so it cannot enforce the key");
    }

    public static ParseException secondPrimaryKey(SourceSpan span) {
        return new ParseException(span, "A table has at most one primary key; remove this one or the other");
    }

    public static ParseException secondWatermark(SourceSpan span) {
        return new ParseException(span, "A table has at most one WATERMARK; remove this one or the other");
    }

    public static ParseException duplicateOption(SourceSpan span, String key) {
        return new ParseException(span, "Option " + quote(key) + " is given twice; keep one");
    }

    public static ParseException tooManyNameParts(SourceSpan span, String name) {
        return new ParseException(span, "Name " + quote(name) + " has too many parts; write [catalog.][database.]name");
    }

    /** A Calcite error that names no unexpected token (such as a lexical error), reworded without its position. */
    public static ParseException queryError(SourceSpan span, String message, Throwable cause) {
        return new ParseException(span, message, cause);
    }

    /** Quotes a token as a user wrote it, shortened when long. */
    static String quote(String token) {
        String shown = token.length() > MAX_QUOTED_LENGTH ? token.substring(0, MAX_QUOTED_LENGTH) + "..." : token;
        return "'" + shown + "'";
    }

    private static String expectedSuffix(List<String> expected) {
        if (expected.isEmpty()) {
            return "";
        }
        if (expected.size() == 1) {
            return "; expected " + expected.get(0);
        }
        return "; expected " + String.join(", ", expected.subList(0, expected.size() - 1)) + " or "
                + expected.get(expected.size() - 1);
    }
}
