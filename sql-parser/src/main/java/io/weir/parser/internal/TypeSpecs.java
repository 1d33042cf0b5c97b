package io.weir.parser.internal;

import io.weir.parser.ParserErrors;
import io.weir.parser.SourceSpan;
import io.weir.parser.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Builds {@link TypeSpec}s from the grammar's data types, mapping synonyms to Flink's canonical names. */
final class TypeSpecs {
    /** Canonical name of each type written as a plain name, and how many parameters it takes at most. */
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("BOOLEAN", "BOOLEAN"), Map.entry("TINYINT", "TINYINT"), Map.entry("SMALLINT", "SMALLINT"),
            Map.entry("INT", "INT"), Map.entry("INTEGER", "INT"), Map.entry("BIGINT", "BIGINT"),
            Map.entry("FLOAT", "FLOAT"), Map.entry("DOUBLE", "DOUBLE"), Map.entry("DECIMAL", "DECIMAL"),
            Map.entry("DEC", "DECIMAL"), Map.entry("NUMERIC", "DECIMAL"), Map.entry("CHAR", "CHAR"),
            Map.entry("VARCHAR", "VARCHAR"), Map.entry("STRING", "STRING"), Map.entry("BINARY", "BINARY"),
            Map.entry("VARBINARY", "VARBINARY"), Map.entry("BYTES", "BYTES"), Map.entry("DATE", "DATE"),
            Map.entry("TIMESTAMP_LTZ", "TIMESTAMP_LTZ"));
    private static final Map<String, Integer> MAX_PARAMETERS = Map.of(
            "DECIMAL", 2, "CHAR", 1, "VARCHAR", 1, "BINARY", 1, "VARBINARY", 1, "TIME", 1, "TIMESTAMP", 1,
            "TIMESTAMP_LTZ", 1);
    private static final List<String> KNOWN = List.of("BOOLEAN", "TINYINT", "SMALLINT", "INT", "BIGINT", "FLOAT",
            "DOUBLE", "DECIMAL", "CHAR", "VARCHAR", "STRING", "BINARY", "VARBINARY", "BYTES", "DATE", "TIME",
            "TIMESTAMP", "TIMESTAMP_LTZ", "ROW");

    private TypeSpecs() {
    }

    static TypeSpec of(WeirParser.DataTypeContext ctx) {
        boolean nullable = ctx.nullability() == null || ctx.nullability().NOT() == null;
        WeirParser.TypeNameContext type = ctx.typeName();
        SourceSpan span = Positions.of(ctx);
        if (type instanceof WeirParser.AngleRowTypeContext row) {
            return new TypeSpec("ROW", List.of(), nullable, fields(row.rowField()), span);
        }
        if (type instanceof WeirParser.ParenRowTypeContext row) {
            return new TypeSpec("ROW", List.of(), nullable, fields(row.rowField()), span);
        }
        if (type instanceof WeirParser.TimestampTypeContext timestamp) {
            String name = timestamp.LOCAL() != null ? "TIMESTAMP_LTZ" : "TIMESTAMP";
            return simple(name, timestamp.typeParameters(), nullable, span);
        }
        if (type instanceof WeirParser.TimeTypeContext time) {
            return simple("TIME", time.typeParameters(), nullable, span);
        }
        if (type instanceof WeirParser.DoubleTypeContext) {
            return new TypeSpec("DOUBLE", List.of(), nullable, List.of(), span);
        }
        WeirParser.NamedTypeContext named = (WeirParser.NamedTypeContext) type;
        String written = Identifiers.name(named.identifier());
        String canonical = CANONICAL.get(written.toUpperCase(Locale.ROOT));
        if (canonical == null || named.identifier().QUOTED_IDENTIFIER() != null) {
            throw ParserErrors.unknownType(Positions.of(named.identifier()), written, KNOWN);
        }
        return simple(canonical, named.typeParameters(), nullable, span);
    }

    private static TypeSpec simple(String name, WeirParser.TypeParametersContext ctx, boolean nullable,
            SourceSpan span) {
        List<Integer> parameters = parameters(ctx);
        int allowed = MAX_PARAMETERS.getOrDefault(name, 0);
        if (parameters.size() > allowed) {
            throw ParserErrors.tooManyTypeParameters(Positions.of(ctx), name, allowed);
        }
        return new TypeSpec(name, parameters, nullable, List.of(), span);
    }

    private static List<Integer> parameters(WeirParser.TypeParametersContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        List<Integer> parameters = new ArrayList<>();
        for (TerminalNode number : ctx.INTEGER_VALUE()) {
            try {
                parameters.add(Integer.parseInt(number.getText()));
            } catch (NumberFormatException e) {
                throw ParserErrors.numberOutOfRange(Positions.of(number.getSymbol()), number.getText());
            }
        }
        return parameters;
    }

    private static List<TypeSpec.Field> fields(List<WeirParser.RowFieldContext> ctxs) {
        List<TypeSpec.Field> fields = new ArrayList<>();
        for (WeirParser.RowFieldContext field : ctxs) {
            fields.add(new TypeSpec.Field(Identifiers.name(field.identifier()), of(field.dataType())));
        }
        return fields;
    }
}
