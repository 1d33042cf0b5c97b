package io.weir.connector.blackhole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.weir.connector.CollectingOutput;
import io.weir.runtime.row.ChangeKind;
import io.weir.runtime.row.Row;
import io.weir.runtime.sink.AcceptedChanges;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.sink.SinkContext;
import io.weir.runtime.sink.SinkWriter;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlackHoleSinkTest {
    private final Sink sink = new BlackHoleFactory().createSink(CollectingOutput.context(
            RowType.of(List.of("a"), List.of(DataType.string())), Map.of("connector", "blackhole")));

    @Test
    void asksForUpsertsAsFlinksBlackholeDoes() {
        assertThat(sink.acceptedChanges()).isEqualTo(AcceptedChanges.UPSERTS);
    }

    @Test
    void writesEveryKindOfChangeWithoutComplaint() throws Exception {
        SinkWriter writer = sink.createWriter(new SinkContext("job", 0, 2));
        writer.open();
        for (ChangeKind kind : ChangeKind.values()) {
            assertThatCode(() -> writer.write(kind, Row.of("x"))).doesNotThrowAnyException();
        }
        writer.finish();
        writer.close();
    }
}
