package io.weir.planner.codegen;

import io.weir.parser.WeirSqlParserConfig;
import io.weir.runtime.row.Row;
import java.lang.reflect.Constructor;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.ParameterExpression;
import org.apache.calcite.linq4j.tree.Primitive;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.sql.type.SqlTypeName;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * Compiles a {@link RexProgram} to a {@link CalcProgram} class with Calcite's expression translator and Janino,
 * once per query. Generated code reads and writes fields in the row's internal representation, which is
 * Calcite's own (DATE as int days, TIMESTAMP as long millis, DECIMAL as BigDecimal, strings as String).
 */
public final class CalcCompiler {
    private static final AtomicInteger CLASS_IDS = new AtomicInteger();
    private static final java.lang.reflect.Method SET_OBJECT;

    static {
        try {
            SET_OBJECT = Row.class.getMethod("setObject", int.class, Object.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
    private final JavaTypeFactory typeFactory;
    private final ZoneId timeZone;
    private final List<String> sources = new ArrayList<>();

    /** A compiler for one statement; its code reads and writes TIMESTAMP_LTZ values in {@code timeZone}. */
    public CalcCompiler(JavaTypeFactory typeFactory, ZoneId timeZone) {
        this.typeFactory = typeFactory;
        this.timeZone = timeZone;
    }

    /** The Java source of every class this compiler made, in order; tests inspect it. */
    public List<String> sources() {
        return List.copyOf(sources);
    }

    /** Compiles the program; the supplier makes one instance (e.g. per subtask) sharing the compiled class. */
    public Supplier<CalcProgram> compile(RexProgram program, boolean withProjection) {
        String className = "WeirCalc" + CLASS_IDS.incrementAndGet();
        String source = generate(program, className, withProjection);
        sources.add(source);
        Constructor<?> constructor;
        try {
            SimpleCompiler compiler = new SimpleCompiler();
            compiler.setParentClassLoader(CalcCompiler.class.getClassLoader());
            compiler.cook(source);
            constructor = compiler.getClassLoader().loadClass(className).getConstructor(DataContext.class);
        } catch (CompileException | ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("generated code does not compile: " + e.getMessage() + "\n" + source, e);
        }
        QueryDataContext context = QueryDataContext.startingNow(timeZone);
        return () -> {
            try {
                return (CalcProgram) constructor.newInstance(context);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot instantiate " + className, e);
            }
        };
    }

    String generate(RexProgram original, String className, boolean withProjection) {
        RexProgram program = ExpressionRewriter.rewrite(original, typeFactory);
        ParameterExpression in = Expressions.parameter(Row.class, "in");
        ParameterExpression out = Expressions.parameter(Row.class, "out");
        ParameterExpression root = Expressions.parameter(DataContext.class, "root");
        RelDataType inputType = program.getInputRowType();
        RexToLixTranslator.InputGetter inputGetter = (list, index, storageType) -> {
            Expression value = RowReads.read(in, index, inputType.getFieldList().get(index).getType());
            return storageType == null || storageType == value.getType() ? value : EnumUtils.convert(value, storageType);
        };
        BlockBuilder body = new BlockBuilder();
        PrimitiveCode primitives = new PrimitiveCode();
        if (program.getCondition() != null) {
            RexNode condition = program.expandLocalRef(program.getCondition());
            if (PrimitiveCode.supports(condition)) {
                PrimitiveCode.Value value = primitives.emit(condition);
                primitives.append("    if (" + value.isNull() + " || !" + value.value() + ") return false;\n");
            } else {
                BlockBuilder conditionBlock = new BlockBuilder(true, body);
                Expression translated = RexToLixTranslator.translateCondition(program, typeFactory, conditionBlock,
                        inputGetter, null, WeirSqlParserConfig.conformance());
                conditionBlock.add(Expressions.ifThen(Expressions.not(translated),
                        Expressions.return_(null, Expressions.constant(false))));
                body.add(conditionBlock.toBlock());
            }
        }
        String conditionCode = primitives.code();
        PrimitiveCode projectionCode = new PrimitiveCode("q");
        if (withProjection) {
            RelDataType outputType = program.getOutputRowType();
            List<Integer> byCalcite = new ArrayList<>();
            List<RexNode> calciteProjects = new ArrayList<>();
            for (int i = 0; i < program.getProjectList().size(); i++) {
                RexNode project = program.expandLocalRef(program.getProjectList().get(i));
                RelDataType type = outputType.getFieldList().get(i).getType();
                if (PrimitiveCode.supports(project)) {
                    projectionCode.write(i, type, projectionCode.emit(project));
                } else if (project instanceof RexInputRef && project.getType().equals(type)) {
                    projectionCode.copy(((RexInputRef) project).getIndex(), i);
                } else if (PrimitiveCode.nestedObjectRead(project) && project.getType().equals(type)) {
                    projectionCode.copyNested(project, i);
                } else {
                    byCalcite.add(i);
                    calciteProjects.add(project);
                }
            }
            if (!calciteProjects.isEmpty()) {
                RexProgram rest = RexProgram.create(inputType, calciteProjects, null,
                        typeFactory.createStructType(calciteProjects.stream().map(RexNode::getType).toList(),
                                byCalcite.stream().map(i -> "f" + i).toList()),
                        new RexBuilder(typeFactory));
                List<Expression> projections = RexToLixTranslator.translateProjects(rest, typeFactory,
                        WeirSqlParserConfig.conformance(), body, null, null, root, inputGetter, null);
                for (int j = 0; j < projections.size(); j++) {
                    int i = byCalcite.get(j);
                    write(body, out, i, outputType.getFieldList().get(i).getType(), projections.get(j));
                }
            }
        }
        String method = "{\n" + conditionCode + Expressions.toString(body.toBlock()) + projectionCode.code()
                + "    return true;\n  }";
        return "public final class " + className + " implements " + CalcProgram.class.getName() + " {\n"
                + "  private final " + DataContext.class.getName() + " root;\n"
                + "  public " + className + "(" + DataContext.class.getName() + " root) { this.root = root; }\n"
                + "  public boolean apply(" + Row.class.getName() + " in, " + Row.class.getName() + " out) "
                + method + "\n}\n";
    }

    /** Statements writing {@code value} into field {@code index} of {@code out}. */
    private void write(BlockBuilder body, ParameterExpression out, int index, RelDataType type, Expression value) {
        Expression i = Expressions.constant(index);
        if (type.getSqlTypeName() == SqlTypeName.DECIMAL) {
            // Calcite's arithmetic keeps the operands' scale (10.0 / 4 is 2.5); the row holds the column's scale.
            value = Expressions.call(RowValues.class, "fitDecimal", Expressions.convert_(value, BigDecimal.class),
                    Expressions.constant(type.getPrecision()), Expressions.constant(type.getScale()));
        }
        Type javaType = value.getType();
        boolean primitive = Primitive.is(javaType);
        Expression v = primitive ? value : body.append("v" + index, value);
        Expression set;
        switch (type.getSqlTypeName()) {
            case BOOLEAN:
                set = Expressions.call(out, "setBoolean", i, primitive ? v : Expressions.unbox(v, Primitive.BOOLEAN));
                break;
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
            case DATE:
            case TIME:
            case TIMESTAMP:
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                set = Expressions.call(out, "setLong", i, Expressions.convert_(
                        primitive ? v : Expressions.call(Expressions.convert_(v, Number.class), "longValue"), long.class));
                break;
            case FLOAT:
            case REAL:
            case DOUBLE:
                set = Expressions.call(out, "setDouble", i, Expressions.convert_(
                        primitive ? v : Expressions.call(Expressions.convert_(v, Number.class), "doubleValue"), double.class));
                break;
            case BINARY:
            case VARBINARY:
                set = Expressions.call(out, SET_OBJECT, i, Expressions.call(Expressions.convert_(v, ByteString.class), "getBytes"));
                break;
            case ROW:
                set = Expressions.call(out, SET_OBJECT, i, Expressions.call(RowValues.class, "toRow", v));
                break;
            default:
                set = Expressions.call(out, SET_OBJECT, i, v);
                break;
        }
        if (primitive) {
            body.add(Expressions.statement(set));
        } else {
            body.add(Expressions.ifThenElse(Expressions.equal(v, Expressions.constant(null)),
                    Expressions.statement(Expressions.call(out, "setNull", i)), Expressions.statement(set)));
        }
    }
}
