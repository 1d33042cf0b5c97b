package io.weir.planner;

import io.weir.parser.SourceSpan;
import io.weir.parser.TypeSpec;
import io.weir.planner.changelog.UpdateOrigin;
import io.weir.runtime.ErrorCode;
import io.weir.runtime.NameSuggestion;
import io.weir.runtime.WeirException;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.runtime.CalciteContextException;

/** Every message the planner shows a user, in one place so tests and docs can list them. */
public final class PlannerErrors {
    private static final Pattern CANNOT_APPLY = Pattern.compile(
            "Cannot apply '(.+?)' to arguments of type '(.*)'\\. Supported form\\(s\\).*", Pattern.DOTALL);
    private static final Pattern TYPE_IN_SIGNATURE = Pattern.compile("<([^>]+)>");
    private static final Pattern NO_MATCH_FUNCTION = Pattern.compile(
            "No match found for function signature (\\w+)\\((.*)\\)", Pattern.DOTALL);

    private PlannerErrors() {
    }

    public static ValidationException unknownColumn(SourceSpan span, String column, String table, Collection<String> columns) {
        String where = table == null ? "" : " in table '" + table + "'";
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span,
                "Unknown column '" + column + "'" + where + NameSuggestion.didYouMean(column, columns));
    }

    public static ValidationException unknownTable(SourceSpan span, String table, Collection<String> tables) {
        return new ValidationException(ErrorCode.UNKNOWN_OBJECT, span,
                "Unknown table '" + table + "'" + NameSuggestion.didYouMean(table, tables));
    }

    public static ValidationException unknownFunction(SourceSpan span, String name, String argumentTypes) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span,
                "Unknown function " + name + "(" + flinkTypes(argumentTypes) + ")");
    }

    public static ValidationException unsupported(SourceSpan span, String construct) {
        return new ValidationException(ErrorCode.UNSUPPORTED, span, construct + " not supported yet");
    }

    public static ValidationException validation(SourceSpan span, String message) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span, message);
    }

    public static ValidationException badTypeParameter(TypeSpec spec, String detail) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, spec.span(), "Invalid type " + spec.name()
                + spec.parameters().toString().replace('[', '(').replace(']', ')') + ": " + detail);
    }

    public static ValidationException unknownType(TypeSpec spec) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, spec.span(), "Unknown type '" + spec.name() + "'");
    }

    public static ValidationException duplicateColumn(SourceSpan span, String table, String column) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span,
                "Duplicate column '" + column + "' in table '" + table + "'");
    }

    public static ValidationException unknownWatermarkColumn(SourceSpan span, String column, Collection<String> columns) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span,
                "Unknown column '" + column + "' in WATERMARK FOR" + NameSuggestion.didYouMean(column, columns));
    }

    public static ValidationException badWatermarkColumnType(SourceSpan span, String column, String type) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span, "The WATERMARK column '" + column
                + "' must be TIMESTAMP(3) or TIMESTAMP_LTZ(3), but is " + type);
    }

    public static ValidationException badWatermarkExpressionType(SourceSpan span, String type) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span,
                "The WATERMARK expression must return TIMESTAMP(3) or TIMESTAMP_LTZ(3), but returns " + type);
    }

    public static ValidationException unknownPrimaryKeyColumn(SourceSpan span, String column, Collection<String> columns) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span,
                "Unknown column '" + column + "' in PRIMARY KEY" + NameSuggestion.didYouMean(column, columns));
    }

    public static ValidationException computedPrimaryKeyColumn(SourceSpan span, String column) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span,
                "PRIMARY KEY column '" + column + "' is computed; a key must be a physical column");
    }

    public static ValidationException badConnector(SourceSpan span, String table, WeirException cause) {
        return new ValidationException(cause.code(), span, cause.getMessage(), cause);
    }

    public static ValidationException notASink(SourceSpan span, String table, String connector) {
        return new ValidationException(ErrorCode.INVALID_OPTION, span,
                "Table '" + table + "' cannot be written: connector '" + connector + "' is a source only");
    }

    public static ValidationException insertIntoView(SourceSpan span, String view) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span,
                "Cannot INSERT INTO view '" + view + "'; insert into a table");
    }

    public static ValidationException systemTableReadOnly(SourceSpan span, String table) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span, "Table 'weir_system." + table
                + "' is read-only: the weir_system tables are kept by Weir; INSERT into a table of your own instead");
    }

    public static ValidationException insertColumnCount(SourceSpan span, String table, int expected, int actual) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span, "INSERT INTO '" + table + "' has "
                + expected + " target columns but the query returns " + actual + " columns");
    }

    public static ValidationException insertColumnType(SourceSpan span, String table, String column, String queryType,
            String columnType) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span, "Cannot insert a value of type "
                + queryType + " into column '" + column + "' of type " + columnType + " in table '" + table
                + "'; add a CAST");
    }

    public static ValidationException insertComputedColumn(SourceSpan span, String table, String column) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span,
                "Cannot INSERT INTO computed column '" + column + "' of table '" + table + "'");
    }

    public static ValidationException insertMissingNotNull(SourceSpan span, String table, String column) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span, "Column '" + column + "' of table '"
                + table + "' is NOT NULL and must be in the INSERT column list");
    }

    public static ValidationException updatesIntoAppendOnlySink(String table, String connector, UpdateOrigin origin) {
        SourceSpan span = origin == null ? SourceSpan.UNKNOWN : origin.span();
        String where = origin == null ? "" : " (" + origin.construct() + (span.equals(SourceSpan.UNKNOWN) ? ""
                : " at " + span.startLine() + ":" + span.startColumn()) + ")";
        return new ValidationException(ErrorCode.UNSUPPORTED, span, "Table '" + table + "' (connector '" + connector
                + "') accepts only inserts, but the query produces updates" + where
                + "; write the result to a connector that accepts updates, such as 'print' or 'blackhole', or "
                + "aggregate over a window instead");
    }

    public static ValidationException insertOverwrite(SourceSpan span) {
        return unsupported(span, "INSERT OVERWRITE is");
    }

    public static ValidationException notExplainable(SourceSpan span) {
        return validation(span, "EXPLAIN takes a query or an INSERT");
    }

    public static WeirException badDatePattern(String pattern, Exception cause) {
        return new WeirException(ErrorCode.DATA_ERROR, "Invalid date-time pattern '" + pattern + "': " + cause.getMessage(), cause);
    }

    public static ValidationException badTimeZone(String zone) {
        return new ValidationException(ErrorCode.INVALID_OPTION, SourceSpan.UNKNOWN, "Invalid time zone '" + zone
                + "' in option '" + PlannerOptions.LOCAL_TIME_ZONE + "'; use a region such as 'Europe/Berlin' or an offset such as 'UTC+01:00'");
    }

    public static ValidationException badRuntimeMode(String value) {
        return new ValidationException(ErrorCode.INVALID_OPTION, SourceSpan.UNKNOWN, "Invalid value '" + value
                + "' for option '" + PlannerOptions.RUNTIME_MODE + "'; expected 'streaming' or 'batch'");
    }

    /** ORDER BY, LIMIT, OFFSET or FETCH in streaming mode, where a result never ends and so cannot be sorted or cut. */
    public static ValidationException sortInStreamingMode(SourceSpan span, String construct) {
        return new ValidationException(ErrorCode.UNSUPPORTED, span, construct + " not supported in streaming mode;"
                + " to sort or limit the result of bounded tables, SET '" + PlannerOptions.RUNTIME_MODE
                + "' = 'batch'");
    }

    /** A table whose source never ends, read in batch mode. */
    public static ValidationException unboundedSourceInBatchMode(SourceSpan span, String table, String connector) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span, "Table '" + table + "' (connector '"
                + connector + "') is unbounded, but batch mode reads only bounded tables; SET '"
                + PlannerOptions.RUNTIME_MODE + "' = 'streaming', or bound the source (e.g. datagen's"
                + " 'number-of-rows')");
    }

    /** ORDER BY on a column whose type has no order, such as ROW. */
    public static ValidationException unorderableSortKey(String column, String type) {
        return new ValidationException(ErrorCode.VALIDATION_ERROR, SourceSpan.UNKNOWN, "Cannot ORDER BY column '"
                + column + "' of type " + type + ": values of this type have no order");
    }

    /** A value that CAST cannot convert, e.g. {@code CAST('abc' AS INT)}: the job fails with it. */
    public static WeirException cannotCast(String value, String type) {
        return new WeirException(ErrorCode.DATA_ERROR, "Cannot cast '" + value + "' to " + type);
    }

    /**
     * A failure while evaluating compiled expressions on a row: the job fails with it. Weir's own data errors
     * (a bad cast) pass as they are; an integer division by zero says so.
     */
    public static WeirException expressionFailed(String expressions, Throwable cause) {
        if (cause instanceof WeirException) {
            return (WeirException) cause;
        }
        if (cause instanceof ArithmeticException && String.valueOf(cause.getMessage()).contains("by zero")) {
            return new WeirException(ErrorCode.DATA_ERROR, "Division by zero", cause);
        }
        String reason = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new WeirException(ErrorCode.DATA_ERROR, "Failed to evaluate " + expressions + ": " + reason, cause);
    }

    /** Turns Calcite's validation error into a message a user understands, at the error's script position. */
    public static ValidationException fromCalcite(CalciteContextException e) {
        SourceSpan span = spanOf(e);
        String message = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        if (message == null) {
            message = e.getMessage();
        }
        Matcher m = CANNOT_APPLY.matcher(message);
        if (m.matches()) {
            return new ValidationException(ErrorCode.VALIDATION_ERROR, span, "Cannot apply '" + m.group(1)
                    + "' to arguments of type " + signatureTypes(m.group(2)), e);
        }
        m = NO_MATCH_FUNCTION.matcher(message);
        if (m.matches()) {
            return new ValidationException(ErrorCode.VALIDATION_ERROR, span, "Unknown function " + m.group(1) + "("
                    + flinkTypes(m.group(2)) + ")", e);
        }
        return new ValidationException(ErrorCode.VALIDATION_ERROR, span, userMessage(message), e);
    }

    public static SourceSpan spanOf(CalciteContextException e) {
        if (e.getPosLine() <= 0) {
            return SourceSpan.UNKNOWN;
        }
        int endLine = Math.max(e.getEndPosLine(), e.getPosLine());
        return new SourceSpan(e.getPosLine(), e.getPosColumn(), endLine, e.getEndPosColumn());
    }

    private static String userMessage(String calcite) {
        String m = flinkTypes(calcite);
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }

    private static String signatureTypes(String signature) {
        Matcher t = TYPE_IN_SIGNATURE.matcher(signature);
        StringBuilder types = new StringBuilder();
        java.util.List<String> list = new java.util.ArrayList<>();
        while (t.find()) {
            list.add(flinkTypes(t.group(1)));
        }
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                types.append(i == list.size() - 1 ? " and " : ", ");
            }
            types.append(list.get(i));
        }
        return types.length() == 0 ? signature : types.toString();
    }

    /** Calcite's type names in Flink's spelling: INTEGER as INT, VARCHAR(2147483647) as STRING. */
    public static String flinkTypes(String text) {
        return text.replace("VARCHAR(2147483647)", "STRING")
                .replace("VARBINARY(2147483647)", "BYTES")
                .replace("TIMESTAMP_WITH_LOCAL_TIME_ZONE", "TIMESTAMP_LTZ")
                .replace("TIMESTAMP_LTZ(", "TIMESTAMP_LTZ(")
                .replaceAll("\\bINTEGER\\b", "INT")
                .replaceAll("\\bCHAR\\((\\d+)\\) CHARACTER SET \"[^\"]+\"", "CHAR($1)")
                .replace(" CHARACTER SET \"UTF-16LE\"", "")
                .replace(" CHARACTER SET \"ISO-8859-1\"", "");
    }
}
