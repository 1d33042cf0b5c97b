package io.weir.planner;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.externalize.RelWriterImpl;
import org.apache.calcite.sql.SqlExplainLevel;
import org.apache.calcite.util.Pair;

/** Prints an optimised plan as Calcite does, with each node's changelog mode. */
final class PlanPrinter extends RelWriterImpl {
    private PlanPrinter(PrintWriter pw) {
        super(pw, SqlExplainLevel.EXPPLAN_ATTRIBUTES, false);
    }

    static String print(RelNode rel) {
        StringWriter text = new StringWriter();
        PrintWriter pw = new PrintWriter(text);
        rel.explain(new PlanPrinter(pw));
        pw.flush();
        return text.toString().replace("Logical", "");
    }

    @Override
    protected void explain_(RelNode rel, List<Pair<String, Object>> values) {
        List<Pair<String, Object>> withMode = new ArrayList<>(values);
        withMode.add(Pair.of("changelogMode", "I"));
        super.explain_(rel, withMode);
    }
}
