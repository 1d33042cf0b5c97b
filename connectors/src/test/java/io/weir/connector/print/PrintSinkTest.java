package io.weir.connector.print;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.connector.CollectingOutput;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrintSinkTest {
    private static final RowType TYPE = RowType.of(List.of("id", "name", "price"),
            List.of(DataType.of(TypeRoot.INTEGER), DataType.string(), DataType.decimal(10, 2)));

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String print(String identifier, int subtask, int parallelism, ChangeKind kind, Row row) throws Exception {
        try (SinkWriter writer = new PrintSink(TYPE, identifier, stream)
                .createWriter(new SinkContext("job", subtask, parallelism))) {
            writer.open();
            writer.write(kind, row);
            writer.finish();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void changesPrintAsFlinkDoesWithNullSpelledOut() throws Exception {
        assertThat(print(null, 0, 1, ChangeKind.INSERT, Row.of(1, "abc", null))).isEqualTo("+I[1, abc, NULL]\n");
    }

    @Test
    void updatesShowTheirChangeKind() throws Exception {
        assertThat(print(null, 0, 1, ChangeKind.UPDATE_BEFORE, Row.of(1, "abc", new BigDecimal("25.00"))))
                .isEqualTo("-U[1, abc, 25.00]\n");
    }

    @Test
    void identifierPrefixesEachLine() throws Exception {
        assertThat(print("id", 0, 1, ChangeKind.INSERT, Row.of(1, "a", null))).isEqualTo("id> +I[1, a, NULL]\n");
    }

    @Test
    void severalSubtasksAddTheOneBasedSubtaskNumber() throws Exception {
        assertThat(print(null, 1, 2, ChangeKind.DELETE, Row.of(1, "a", null))).isEqualTo("2> -D[1, a, NULL]\n");
    }

    @Test
    void identifierAndSubtaskAreJoinedByAColon() throws Exception {
        assertThat(print("id", 0, 3, ChangeKind.INSERT, Row.of(1, "a", null))).isEqualTo("id:1> +I[1, a, NULL]\n");
    }

    @Test
    void theFactoryMakesASinkThatTakesEveryChangeSoItPrintsUpdatesBefore() {
        ConnectorContext context = CollectingOutput.context(TYPE,
                Map.of("connector", "print", "print-identifier", "x", "standard-error", "true"));
        assertThat(new PrintFactory().createSink(context).acceptedChanges()).isEqualTo(AcceptedChanges.ALL_CHANGES);
    }
}
