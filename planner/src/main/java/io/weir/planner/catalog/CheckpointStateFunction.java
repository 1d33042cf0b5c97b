package io.weir.planner.catalog;

import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import java.util.Optional;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.TableMacro;
import org.apache.calcite.schema.TranslatableTable;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.InferTypes;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlUserDefinedTableMacro;

/**
 * {@code checkpoint_state(job_id, checkpoint_id, operator_uid [, state_name])}: a table function whose arguments are
 * literals, expanded at validation into the scan of one operator's state at a checkpoint (see
 * {@link SystemTables#checkpointState}).
 */
public final class CheckpointStateFunction implements TableMacro {
    private static final List<String> NAMES = List.of("job_id", "checkpoint_id", "operator_uid", "state_name");
    private static final List<SqlTypeName> TYPES = List.of(SqlTypeName.VARCHAR, SqlTypeName.BIGINT, SqlTypeName.VARCHAR,
            SqlTypeName.VARCHAR);

    private final SystemTables tables;

    public CheckpointStateFunction(SystemTables tables) {
        this.tables = tables;
    }

    /** The operator the validator resolves {@code checkpoint_state(...)} to. */
    public SqlOperator operator() {
        return new SqlUserDefinedTableMacro(new SqlIdentifier(SystemTables.CHECKPOINT_STATE, SqlParserPos.ZERO),
                SqlKind.OTHER_FUNCTION, ReturnTypes.CURSOR, InferTypes.explicit(List.of()),
                OperandTypes.operandMetadata(
                        List.of(SqlTypeFamily.CHARACTER, SqlTypeFamily.INTEGER, SqlTypeFamily.CHARACTER,
                                SqlTypeFamily.CHARACTER),
                        factory -> TYPES.stream().map(t -> factory.createSqlType(t)).toList(),
                        NAMES::get, i -> i == 3),
                this);
    }

    @Override
    public List<FunctionParameter> getParameters() {
        return List.of(parameter(0), parameter(1), parameter(2), parameter(3));
    }

    private static FunctionParameter parameter(int ordinal) {
        return new FunctionParameter() {
            @Override
            public int getOrdinal() {
                return ordinal;
            }

            @Override
            public String getName() {
                return NAMES.get(ordinal);
            }

            /** A Java type: Calcite hands a table macro only the literals of parameters typed by a Java class. */
            @Override
            public RelDataType getType(RelDataTypeFactory typeFactory) {
                return ((JavaTypeFactory) typeFactory).createType(ordinal == 1 ? Long.class : String.class);
            }

            @Override
            public boolean isOptional() {
                return ordinal == 3;
            }
        };
    }

    @Override
    public TranslatableTable apply(List<?> arguments) {
        String jobId = text(arguments.get(0), 0);
        long checkpointId = ((Number) required(arguments.get(1), 1)).longValue();
        String operatorUid = text(arguments.get(2), 2);
        Optional<String> stateName = arguments.size() > 3 && arguments.get(3) != null
                ? Optional.of(arguments.get(3).toString()) : Optional.empty();
        SystemTable table = tables.checkpointState(jobId, checkpointId, operatorUid, stateName);
        return new StateTable(table);
    }

    private static String text(Object argument, int ordinal) {
        return required(argument, ordinal).toString();
    }

    private static Object required(Object argument, int ordinal) {
        if (argument == null) {
            throw new io.weir.runtime.WeirException(io.weir.runtime.ErrorCode.VALIDATION_ERROR, "Argument '"
                    + NAMES.get(ordinal) + "' of " + SystemTables.CHECKPOINT_STATE + " must not be NULL");
        }
        return argument;
    }

    /** The state's rows as a table whose scan reads them. */
    private static final class StateTable extends AbstractTable implements TranslatableTable {
        private final SystemTable table;

        StateTable(SystemTable table) {
            this.table = table;
        }

        @Override
        public RelDataType getRowType(RelDataTypeFactory typeFactory) {
            return TypeMapping.toRelType(table.columns(), typeFactory);
        }

        @Override
        public RelNode toRel(RelOptTable.ToRelContext context, RelOptTable relOptTable) {
            return SystemSchema.scan(table, context.getCluster());
        }
    }
}
