package io.weir.planner;

import io.weir.planner.changelog.ChangelogMode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.externalize.RelWriterImpl;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.util.Pair;

/**
 * Prints an optimised plan as Calcite does, each node under Weir's name ({@code WeirCalc}, {@code WeirUnion},
 * {@code WeirValues}) with its changelog mode.
 */
final class PlanPrinter extends RelWriterImpl {
    private static final String CALCITE_PREFIX = "Logical";
    private static final String WEIR_PREFIX = "Weir";

    private final Map<RelNode, ChangelogMode> modes;

    private PlanPrinter(PrintWriter pw, Map<RelNode, ChangelogMode> modes) {
        super(pw, SqlExplainLevel.EXPPLAN_ATTRIBUTES, false);
        this.modes = modes;
    }

    static String print(RelNode rel, Map<RelNode, ChangelogMode> modes) {
        StringWriter text = new StringWriter();
        PrintWriter pw = new PrintWriter(text);
        rel.explain(new PlanPrinter(pw, modes));
        pw.flush();
        return text.toString();
    }

    @Override
    protected void explain_(RelNode rel, List<Pair<String, Object>> values) {
        StringBuilder line = new StringBuilder();
        spacer.spaces(line);
        line.append(name(rel)).append('(');
        for (Pair<String, Object> value : values) {
            if (!(value.right instanceof RelNode)) {
                line.append(value.left).append("=[").append(value.right).append("], ");
            }
        }
        line.append("changelogMode=").append(modes.getOrDefault(rel, ChangelogMode.INSERT_ONLY)).append(')');
        pw.println(line);
        spacer.add(2);
        for (RelNode input : rel.getInputs()) {
            input.explain(this);
        }
        spacer.subtract(2);
    }

    /** Calcite's logical nodes run as Weir's operators, so they print as Weir's: LogicalCalc as WeirCalc. */
    private static String name(RelNode rel) {
        String name = rel.getRelTypeName();
        if (name.startsWith(CALCITE_PREFIX)) {
            name = name.substring(CALCITE_PREFIX.length());
        }
        return name.startsWith(WEIR_PREFIX) ? name : WEIR_PREFIX + name;
    }
}
