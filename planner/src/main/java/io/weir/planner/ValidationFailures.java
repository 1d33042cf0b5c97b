package io.weir.planner;

import io.weir.parser.SourceSpan;
import io.weir.planner.catalog.Catalog;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.runtime.CalciteContextException;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorNamespace;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql.validate.SelectScope;

/**
 * Turns Calcite's validation errors into Weir's: unknown columns and tables get the name of the table searched
 * and a suggestion computed from what the query could see.
 */
final class ValidationFailures {
    private static final Pattern COLUMN_NOT_FOUND = Pattern.compile("Column '(.+?)' not found in (any table|table '(.+?)').*", Pattern.DOTALL);
    private static final Pattern TABLE_NOT_FOUND = Pattern.compile("(?:Object|Table) '(.+?)' not found.*", Pattern.DOTALL);

    private ValidationFailures() {
    }

    static ValidationException translate(CalciteContextException e, SqlNode query, SqlValidator validator, Catalog catalog) {
        String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        SourceSpan span = PlannerErrors.spanOf(e);
        Matcher m = TABLE_NOT_FOUND.matcher(message);
        if (m.matches()) {
            return PlannerErrors.unknownTable(span, m.group(1), catalog.tableNames());
        }
        m = COLUMN_NOT_FOUND.matcher(message);
        if (m.matches()) {
            return unknownColumn(e, span, m.group(1), m.group(3), query, validator);
        }
        return PlannerErrors.fromCalcite(e);
    }

    private static ValidationException unknownColumn(CalciteContextException e, SourceSpan span, String column,
            String qualifier, SqlNode query, SqlValidator validator) {
        SqlSelect select = innermostSelect(query, e.getPosLine(), e.getPosColumn());
        Set<String> columns = new LinkedHashSet<>();
        String table = qualifier;
        if (select != null) {
            try {
                SqlValidatorScope scope = validator.getSelectScope(select);
                if (scope instanceof SelectScope) {
                    List<String> tables = new ArrayList<>();
                    for (SqlValidatorNamespace child : ((SelectScope) scope).getChildren()) {
                        String name = child.getTable() != null ? last(child.getTable().getQualifiedName()) : null;
                        if (qualifier != null && name != null && !name.equalsIgnoreCase(qualifier)) {
                            continue;
                        }
                        tables.add(name);
                        for (RelDataTypeField f : child.getRowType().getFieldList()) {
                            columns.add(f.getName());
                        }
                    }
                    if (table == null && tables.size() == 1) {
                        table = tables.get(0);
                    }
                }
            } catch (RuntimeException ignored) {
                // The scope is not validated far enough to list columns: report the column without suggestions.
                columns.clear();
            }
        }
        return new ValidationException(io.weir.runtime.ErrorCode.VALIDATION_ERROR, span,
                PlannerErrors.unknownColumn(span, column, table, columns).getMessage(), e);
    }

    private static String last(List<String> names) {
        return names.get(names.size() - 1);
    }

    /** The innermost SELECT whose text contains the position. */
    private static SqlSelect innermostSelect(SqlNode query, int line, int column) {
        SqlSelect[] found = new SqlSelect[1];
        query.accept(new SqlBasicVisitor<Void>() {
            @Override
            public Void visit(SqlCall call) {
                if (call instanceof SqlSelect && contains(call.getParserPosition(), line, column)) {
                    found[0] = (SqlSelect) call;
                }
                return super.visit(call);
            }
        });
        // Expressions of a table (computed columns) are validated in a select made here, without a position.
        return found[0] == null && query instanceof SqlSelect ? (SqlSelect) query : found[0];
    }

    private static boolean contains(SqlParserPos pos, int line, int column) {
        boolean afterStart = line > pos.getLineNum() || line == pos.getLineNum() && column >= pos.getColumnNum();
        boolean beforeEnd = line < pos.getEndLineNum() || line == pos.getEndLineNum() && column <= pos.getEndColumnNum();
        return afterStart && beforeEnd;
    }
}
