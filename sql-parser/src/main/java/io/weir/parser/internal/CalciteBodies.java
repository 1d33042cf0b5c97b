package io.weir.parser.internal;

import io.weir.parser.ParseException;
import io.weir.parser.ParserErrors;
import io.weir.parser.SourceSpan;
import io.weir.parser.WeirSqlParserConfig;
import io.weir.parser.internal.calcite.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Parses query bodies and expressions with Weir's Calcite parser, in script coordinates.
 *
 * <p>This is the one place where Calcite positions become script positions: the text is handed to Calcite
 * after {@code line - 1} line breaks and {@code column - 1} spaces, so every position Calcite records, in nodes
 * and in errors alike, already is the position in the script.
 */
final class CalciteBodies {
    private static final int MAX_EXPECTED = 4;
    /** Tokens worth suggesting after a Calcite error, most telling first; Calcite's full lists run to hundreds. */
    private static final List<String> SUGGESTED = List.of(
            "')'", "','", "FROM", "AS", "BY", "ON", "THEN", "END", "WHEN", "ELSE", "AND", "SELECT", "'('", "a name");
    private static final Pattern POSITION =
            Pattern.compile("(?i)\\s*(?:from )?(?:at )?line \\d+, column \\d+(?: to line \\d+, column \\d+)?[.:]?");
    private static final Pattern LEXICAL =
            Pattern.compile("Lexical error.*Encountered: (?:\"|')(.*?)(?:\"|') \\(\\d+\\)", Pattern.DOTALL);

    private CalciteBodies() {
    }

    /** Parses a query whose text starts at {@code line}:{@code column} of the script. */
    static SqlNode parseQuery(String text, int line, int column) {
        try {
            return SqlParser.create(pad(text, line, column), WeirSqlParserConfig.config()).parseQuery();
        } catch (SqlParseException e) {
            throw translate(e);
        }
    }

    /** Parses an expression whose text starts at {@code line}:{@code column} of the script. */
    static SqlNode parseExpression(String text, int line, int column) {
        try {
            return SqlParser.create(pad(text, line, column), WeirSqlParserConfig.config()).parseExpression();
        } catch (SqlParseException e) {
            throw translate(e);
        }
    }

    private static String pad(String text, int line, int column) {
        StringBuilder padded = new StringBuilder(line - 1 + column - 1 + text.length());
        padded.append("\n".repeat(line - 1)).append(" ".repeat(column - 1)).append(text);
        return padded.toString();
    }

    private static ParseException translate(SqlParseException e) {
        if (e.getCause() instanceof io.weir.parser.internal.calcite.ParseException syntax
                && syntax.currentToken != null && syntax.currentToken.next != null) {
            Token offending = syntax.currentToken.next;
            SourceSpan span = new SourceSpan(offending.beginLine, offending.beginColumn,
                    Math.max(offending.beginLine, offending.endLine), offending.endColumn);
            List<String> expected = expected(e);
            ParseException translated = offending.kind == 0
                    ? ParserErrors.unexpectedEndOfStatement(span, expected)
                    : ParserErrors.unexpectedToken(span, offending.image, expected);
            translated.initCause(e);
            return translated;
        }
        return ParserErrors.queryError(span(e.getPos()), reword(e.getMessage()), e);
    }

    private static List<String> expected(SqlParseException e) {
        int[][] sequences = e.getExpectedTokenSequences();
        String[] images = e.getTokenImages();
        if (sequences == null || images == null) {
            return List.of();
        }
        Set<String> all = new LinkedHashSet<>();
        for (int[] sequence : sequences) {
            if (sequence.length > 0 && sequence[0] < images.length) {
                all.add(describe(images[sequence[0]]));
            }
        }
        all.remove("end of statement");
        // Calcite lists the first tokens of an expression ('+', '-', '(', NOT, ...) or, after a comma, only '*'.
        if (all.contains("'+'") && all.contains("'-'") || all.equals(Set.of("'*'"))) {
            return List.of("an expression");
        }
        if (all.size() <= MAX_EXPECTED) {
            return new ArrayList<>(all);
        }
        List<String> shown = new ArrayList<>();
        for (String candidate : SUGGESTED) {
            if (all.contains(candidate) && shown.size() < MAX_EXPECTED) {
                shown.add(candidate);
            }
        }
        return shown;
    }

    private static String describe(String image) {
        if (image.startsWith("\"") && image.endsWith("\"") && image.length() > 2) {
            String bare = image.substring(1, image.length() - 1);
            return Character.isLetter(bare.charAt(0)) ? bare : "'" + bare + "'";
        }
        return switch (image) {
            case "<EOF>" -> "end of statement";
            case "<IDENTIFIER>", "<QUOTED_IDENTIFIER>", "<BACK_QUOTED_IDENTIFIER>", "<BRACKET_QUOTED_IDENTIFIER>",
                    "<BIG_QUERY_BACK_QUOTED_IDENTIFIER>", "<UNICODE_QUOTED_IDENTIFIER>" -> "a name";
            case "<UNSIGNED_INTEGER_LITERAL>", "<DECIMAL_NUMERIC_LITERAL>", "<APPROX_NUMERIC_LITERAL>" -> "a number";
            case "<QUOTED_STRING>" -> "a string literal";
            default -> image;
        };
    }

    private static String reword(String message) {
        String first = message == null ? "Syntax error" : message.split("\n", 2)[0].trim();
        Matcher lexical = LEXICAL.matcher(message == null ? "" : message);
        if (lexical.find()) {
            return "Unexpected character '" + lexical.group(1) + "'";
        }
        String reworded = POSITION.matcher(first).replaceAll("").trim();
        if (reworded.endsWith(".")) {
            reworded = reworded.substring(0, reworded.length() - 1);
        }
        if (reworded.isEmpty()) {
            return "Syntax error";
        }
        return Character.toUpperCase(reworded.charAt(0)) + reworded.substring(1);
    }

    private static SourceSpan span(SqlParserPos pos) {
        if (pos == null || pos.getLineNum() <= 0) {
            return SourceSpan.UNKNOWN;
        }
        int endLine = Math.max(pos.getLineNum(), pos.getEndLineNum());
        return new SourceSpan(pos.getLineNum(), pos.getColumnNum(), endLine, pos.getEndColumnNum());
    }
}
