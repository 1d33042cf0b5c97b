package io.weir.parser.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Names, for a user, of the tokens the script grammar could have accepted at an error. */
final class ExpectedTokens {
    private static final int MAX_SHOWN = 8;

    private ExpectedTokens() {
    }

    /** What a user reads for one token type: a keyword, a quoted symbol, or a kind such as "a name". */
    static String describe(int tokenType) {
        return switch (tokenType) {
            case Token.EOF -> "end of script";
            case WeirLexer.IDENTIFIER, WeirLexer.QUOTED_IDENTIFIER -> "a name";
            case WeirLexer.STRING_LITERAL -> "a string literal";
            case WeirLexer.INTEGER_VALUE -> "a number";
            default -> {
                String literal = WeirLexer.VOCABULARY.getLiteralName(tokenType);
                if (literal == null) {
                    yield WeirLexer.VOCABULARY.getDisplayName(tokenType);
                }
                String bare = literal.substring(1, literal.length() - 1);
                yield Character.isLetter(bare.charAt(0)) ? bare : literal;
            }
        };
    }

    /** Names for an expected set: "a name" stands for every keyword usable as a name; EOF is left out. */
    static List<String> describe(IntervalSet expected) {
        if (expected == null) {
            return List.of();
        }
        boolean name = expected.contains(WeirLexer.IDENTIFIER);
        if (expected.contains(WeirLexer.CREATE) && expected.contains(WeirLexer.SELECT)
                && expected.contains(WeirLexer.INSERT)) {
            return List.of("a statement such as SELECT, INSERT, CREATE, DROP, SHOW or SET");
        }
        Set<String> keywords = new TreeSet<>();
        Set<String> symbols = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        for (int type : expected.toArray()) {
            if (type == Token.EOF || type == WeirLexer.QUOTED_IDENTIFIER || name && isNonReserved(type)) {
                continue;
            }
            String description = describe(type);
            if (description.startsWith("'")) {
                symbols.add(description);
            } else if (description.startsWith("a ")) {
                kinds.add(description);
            } else {
                keywords.add(description);
            }
        }
        List<String> all = new ArrayList<>(kinds);
        all.addAll(keywords);
        all.addAll(symbols);
        return all.size() > MAX_SHOWN ? all.subList(0, MAX_SHOWN) : all;
    }

    private static boolean isNonReserved(int type) {
        return WeirSyntax.NON_RESERVED.contains(type);
    }
}
