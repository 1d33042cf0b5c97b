package io.weir.parser.internal;

import io.weir.parser.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Spans of ANTLR tokens and rules in script coordinates: 1-based lines and columns, end inclusive. */
final class Positions {
    private Positions() {
    }

    static SourceSpan of(Token token) {
        return of(token, token);
    }

    static SourceSpan of(ParserRuleContext ctx) {
        Token stop = ctx.getStop() == null || ctx.getStop().getTokenIndex() < ctx.getStart().getTokenIndex()
                ? ctx.getStart() : ctx.getStop();
        return of(ctx.getStart(), stop);
    }

    static SourceSpan of(Token start, Token stop) {
        int endLine = stop.getLine();
        int endColumn = stop.getCharPositionInLine() + 1;
        if (stop.getType() != Token.EOF) {
            String text = stop.getText();
            int lastBreak = text.lastIndexOf('\n');
            if (lastBreak < 0) {
                endColumn = stop.getCharPositionInLine() + Math.max(1, text.codePointCount(0, text.length()));
            } else {
                endLine += (int) text.chars().filter(c -> c == '\n').count();
                endColumn = Math.max(1, text.codePointCount(lastBreak + 1, text.length()));
            }
        }
        return new SourceSpan(start.getLine(), start.getCharPositionInLine() + 1, endLine, endColumn);
    }
}
