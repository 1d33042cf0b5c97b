package io.weir.parser.internal;

import io.weir.parser.ParseException;
import io.weir.parser.ParserErrors;
import io.weir.parser.SourceSpan;
import java.util.List;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the first syntax error of a script into a {@link ParseException} worded for a user, instead of ANTLR's
 * recovery: a script either parses whole or reports one error where it happened.
 */
final class SyntaxErrorStrategy extends DefaultErrorStrategy {
    private boolean failed;

    /** True once an error was thrown: rules that exit afterwards while it unwinds are incomplete. */
    boolean failed() {
        return failed;
    }

    @Override
    protected void reportNoViableAlternative(Parser recognizer, NoViableAltException e) {
        Token offending = e.getOffendingToken();
        // When prediction looked past the first token, the decision's expected set says little about this one.
        List<String> expected = offending == e.getStartToken()
                ? ExpectedTokens.describe(e.getExpectedTokens()) : List.of();
        throw fail(unexpected(offending, expected));
    }

    @Override
    protected void reportInputMismatch(Parser recognizer, InputMismatchException e) {
        throw fail(unexpected(e.getOffendingToken(), ExpectedTokens.describe(e.getExpectedTokens())));
    }

    @Override
    protected void reportFailedPredicate(Parser recognizer, FailedPredicateException e) {
        throw fail(unexpected(e.getOffendingToken(), List.of()));
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        throw fail(unexpected(recognizer.getCurrentToken(), ExpectedTokens.describe(getExpectedTokens(recognizer))));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        Token current = recognizer.getCurrentToken();
        IntervalSet expected = getExpectedTokens(recognizer);
        List<String> names = ExpectedTokens.describe(expected);
        if (names.size() != 1) {
            throw fail(unexpected(current, names));
        }
        SourceSpan span = Positions.of(current);
        throw fail(current.getType() == Token.EOF
                ? ParserErrors.missingTokenAtEnd(span, names.get(0))
                : ParserErrors.missingToken(span, names.get(0), current.getText()));
    }

    private ParseException fail(ParseException e) {
        failed = true;
        return e;
    }

    static ParseException unexpected(Token token, List<String> expected) {
        SourceSpan span = Positions.of(token);
        return token.getType() == Token.EOF
                ? ParserErrors.unexpectedEndOfScript(span, expected)
                : ParserErrors.unexpectedToken(span, token.getText(), expected);
    }
}
