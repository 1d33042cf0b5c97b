package io.weir.runtime.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.operator.Output;
import io.weir.runtime.row.Row;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuesSourceTest {
    private final List<String> emitted = new ArrayList<>();
    private final Output collect = (kind, row) -> emitted.add(kind.shortString() + row);

    @Test
    void subtaskZeroEmitsEveryRowInOrderAsInserts() throws Exception {
        SourceReader reader = new ValuesSource(List.of(Row.of(1L, "a"), Row.of(2L, "b")))
                .createReader(new SourceContext("job", 0, 1));

        assertThat(reader.pollNext(collect)).isEqualTo(ReadStatus.END_OF_INPUT);
        assertThat(emitted).containsExactly("+IRow[1, a]", "+IRow[2, b]");
    }

    @Test
    void anotherSubtaskEmitsNothing() throws Exception {
        SourceReader reader = new ValuesSource(List.of(Row.of(1L))).createReader(new SourceContext("job", 1, 2));

        assertThat(reader.pollNext(collect)).isEqualTo(ReadStatus.END_OF_INPUT);
        assertThat(emitted).isEmpty();
    }

    @Test
    void manyRowsAreEmittedOverSeveralPolls() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (long i = 0; i < 3000; i++) {
            rows.add(Row.of(i));
        }
        SourceReader reader = new ValuesSource(rows).createReader(new SourceContext("job", 0, 1));

        int polls = 1;
        while (reader.pollNext(collect) != ReadStatus.END_OF_INPUT) {
            polls++;
        }
        assertThat(polls).isGreaterThan(1);
        assertThat(emitted).hasSize(3000);
    }

    @Test
    void anOperatorChangingAnEmittedRowDoesNotChangeTheSource() throws Exception {
        ValuesSource source = new ValuesSource(List.of(Row.of(1L)));
        Output mutating = (kind, row) -> row.setLong(0, 99);
        source.createReader(new SourceContext("job", 0, 1)).pollNext(mutating);

        source.createReader(new SourceContext("job", 0, 1)).pollNext(collect);

        assertThat(emitted).containsExactly("+IRow[1]");
    }

    @Test
    void itIsBoundedAndReadByOneSubtask() {
        ValuesSource source = new ValuesSource(List.of());

        assertThat(source.isBounded()).isTrue();
        assertThat(source.maxParallelism()).isEqualTo(1);
    }

    @Test
    void aRestoredReaderEmitsTheRowsAfterTheRecordedPosition() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (long i = 0; i < 3000; i++) {
            rows.add(Row.of(i));
        }
        ValuesSource source = new ValuesSource(rows);
        SourceReader first = source.createReader(new SourceContext("job", 0, 1));
        first.pollNext((kind, row) -> { });
        List<Row> positions = first.snapshotPositions();

        SourceReader restored = source.createReader(new SourceContext("job", 0, 1, positions));
        while (restored.pollNext(collect) != ReadStatus.END_OF_INPUT) {
            assertThat(emitted).hasSizeLessThan(3000);
        }

        assertThat(positions).containsExactly(Row.of(0, 1024L));
        assertThat(emitted).hasSize(3000 - 1024).first().isEqualTo("+IRow[1024]");
    }
}
