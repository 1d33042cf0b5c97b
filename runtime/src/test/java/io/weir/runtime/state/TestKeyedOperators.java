package io.weir.runtime.state;

import io.weir.runtime.operator.Operator;
import io.weir.runtime.operator.OperatorContext;
import io.weir.runtime.operator.Output;
import io.weir.runtime.operator.TimeDomain;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.testing.RowText;
import io.weir.runtime.type.RowType;
import java.util.ArrayList;
import java.util.List;

/** Keyed operators for state and timer tests. */
final class TestKeyedOperators {
    static final RowType COUNT = RowText.parseColumns("n BIGINT");

    private TestKeyedOperators() {
    }

    /** Counts rows per key in a value state, emitting {@code +I[key, 1]} then {@code -U/+U} pairs. */
    static final class CountPerKey implements Operator {
        private final Row out = new Row(2);
        private OperatorContext context;
        private ValueState count;

        @Override
        public void open(OperatorContext ctx) {
            context = ctx;
            count = ctx.valueState("count", COUNT);
        }

        @Override
        public void process(ChangeKind kind, Row row, Output output) {
            Row current = count.value();
            out.setObject(0, context.currentKey().getObject(0));
            if (current == null) {
                count.update(Row.of(1L));
                out.setLong(1, 1);
                output.emit(ChangeKind.INSERT, out);
                return;
            }
            out.setLong(1, current.getLong(0));
            output.emit(ChangeKind.UPDATE_BEFORE, out);
            current.setLong(0, current.getLong(0) + 1);
            count.update(current);
            out.setLong(1, current.getLong(0));
            output.emit(ChangeKind.UPDATE_AFTER, out);
        }
    }

    /**
     * Input {@code (k STRING, t BIGINT, op STRING)}: op {@code reg}/{@code del} registers/deletes an event-time timer
     * at t, {@code preg}/{@code pdel} a processing-time one. Emits {@code +I[k, t, EVENT_TIME]} when a timer fires and
     * {@code +I[-, w, WATERMARK]} when it receives watermark w.
     */
    static final class TimerOperator implements Operator {
        private final Row out = new Row(3);
        private OperatorContext context;

        @Override
        public void open(OperatorContext ctx) {
            context = ctx;
        }

        @Override
        public void process(ChangeKind kind, Row row, Output output) {
            long t = row.getLong(1);
            TimerService timers = context.timers();
            switch (row.getString(2)) {
                case "reg" -> timers.registerEventTimeTimer(t);
                case "del" -> timers.deleteEventTimeTimer(t);
                case "preg" -> timers.registerProcessingTimeTimer(t);
                case "pdel" -> timers.deleteProcessingTimeTimer(t);
                default -> throw new IllegalArgumentException(row.getString(2));
            }
        }

        @Override
        public void onTimer(long timestamp, TimeDomain domain, Output output) {
            out.setObject(0, context.currentKey().getObject(0));
            out.setLong(1, timestamp);
            out.setObject(2, domain.name());
            output.emit(ChangeKind.INSERT, out);
        }

        @Override
        public void watermark(long watermark, Output output) {
            out.setObject(0, "-");
            out.setLong(1, watermark);
            out.setObject(2, "WATERMARK");
            output.emit(ChangeKind.INSERT, out);
            output.watermark(watermark);
        }
    }

    /** Keeps each key's values in a list state and, per value, a count in a map state; emits both on each row. */
    static final class ListAndMap implements Operator {
        private final Row out = new Row(3);
        private final Row probe = new Row(1);
        private ListState values;
        private MapState counts;
        private OperatorContext context;

        @Override
        public void open(OperatorContext ctx) {
            context = ctx;
            values = ctx.listState("values", RowText.parseColumns("v STRING"));
            counts = ctx.mapState("counts", RowText.parseColumns("v STRING"), COUNT);
        }

        @Override
        public void process(ChangeKind kind, Row row, Output output) {
            String v = row.getString(1);
            if (v.equals("clear")) {
                values.clear();
                counts.clear();
                return;
            }
            values.add(Row.of(v));
            probe.setObject(0, v);
            Row count = counts.get(probe);
            if (count == null) {
                counts.put(Row.of(v), Row.of(1L));
            } else {
                count.setLong(0, count.getLong(0) + 1);
            }
            List<String> list = new ArrayList<>();
            for (Row value : values.get()) {
                list.add(value.getString(0));
            }
            out.setObject(0, context.currentKey().getObject(0));
            out.setObject(1, String.join("|", list));
            out.setLong(2, counts.get(probe).getLong(0));
            output.emit(ChangeKind.INSERT, out);
        }
    }
}
