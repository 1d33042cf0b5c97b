package io.weir.parser.internal;

import io.weir.parser.ParserErrors;
import io.weir.parser.statement.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Runs the script grammar over a whole script. Each statement is built, and its query bodies parsed by Calcite,
 * as soon as the grammar has read it, so the error reported is always the first one in the script.
 */
public final class ScriptParsing {
    private ScriptParsing() {
    }

    /** Parses {@code script} into its statements, in order. */
    public static List<Statement> parse(String script) {
        CharStream chars = CharStreams.fromString(script);
        CheckedLexer lexer = new CheckedLexer(chars);
        WeirParser parser = new WeirParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        SyntaxErrorStrategy errors = new SyntaxErrorStrategy();
        parser.setErrorHandler(errors);
        StatementCollector collector = new StatementCollector(new StatementBuilder(chars),
                () -> lexer.failed || errors.failed());
        parser.addParseListener(collector);
        parser.script();
        return collector.statements;
    }

    /** The lexer, failing at the first unterminated string, quoted name or comment. */
    private static final class CheckedLexer extends WeirLexer {
        private boolean failed;

        CheckedLexer(CharStream input) {
            super(input);
            removeErrorListeners();
        }

        @Override
        public Token nextToken() {
            Token token = super.nextToken();
            failed = true;
            switch (token.getType()) {
                case UNTERMINATED_STRING_LITERAL -> throw ParserErrors.unterminatedString(Positions.of(token));
                case UNTERMINATED_QUOTED_IDENTIFIER -> throw ParserErrors.unterminatedQuotedName(Positions.of(token));
                case UNTERMINATED_DOUBLE_QUOTED -> throw ParserErrors.unterminatedDoubleQuoted(Positions.of(token));
                case UNTERMINATED_BLOCK_COMMENT -> throw ParserErrors.unterminatedComment(Positions.of(token));
                case EMPTY_QUOTED_IDENTIFIER -> throw ParserErrors.emptyQuotedName(Positions.of(token));
                default -> {
                    failed = false;
                    return token;
                }
            }
        }
    }

    /** Builds each statement when the grammar leaves it. */
    private static final class StatementCollector implements ParseTreeListener {
        private final StatementBuilder builder;
        private final BooleanSupplier failed;
        private final List<Statement> statements = new ArrayList<>();

        StatementCollector(StatementBuilder builder, BooleanSupplier failed) {
            this.builder = builder;
            this.failed = failed;
        }

        @Override
        public void exitEveryRule(ParserRuleContext ctx) {
            // While an error unwinds the parser, the rules it leaves are incomplete: build nothing then.
            if (ctx instanceof WeirParser.StatementContext statement && !failed.getAsBoolean()) {
                statements.add(builder.build(statement));
            }
        }

        @Override
        public void enterEveryRule(ParserRuleContext ctx) {
            // Statements are built on exit, once all their tokens are read.
        }

        @Override
        public void visitTerminal(TerminalNode node) {
            // Tokens are read through the statement's rule contexts.
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
            // The error strategy throws before any error node is made.
        }
    }
}
