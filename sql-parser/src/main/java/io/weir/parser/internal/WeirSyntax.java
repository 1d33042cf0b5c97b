package io.weir.parser.internal;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Facts about the script grammar itself: its keywords and which of them may serve as names. */
public final class WeirSyntax {
    static final IntervalSet NON_RESERVED;

    static {
        ATN atn = WeirParser._ATN;
        NON_RESERVED = atn.nextTokens(atn.ruleToStartState[WeirParser.RULE_nonReserved]);
    }

    private WeirSyntax() {
    }

    /** The keywords of Weir's statements, upper case. */
    public static List<String> keywords() {
        List<String> keywords = new ArrayList<>();
        for (int type = 1; type <= WeirLexer.VOCABULARY.getMaxTokenType(); type++) {
            String literal = WeirLexer.VOCABULARY.getLiteralName(type);
            if (literal != null && Character.isLetter(literal.charAt(1))) {
                keywords.add(literal.substring(1, literal.length() - 1));
            }
        }
        return keywords;
    }
}
