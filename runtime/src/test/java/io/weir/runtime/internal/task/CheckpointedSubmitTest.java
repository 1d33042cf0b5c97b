package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.checkpoint.CheckpointOptions;
import io.weir.runtime.dataflow.Dataflow;
import io.weir.runtime.dataflow.Vertex;
import io.weir.runtime.job.Engine;
import io.weir.runtime.job.EngineOptions;
import io.weir.runtime.job.JobOptions;
import io.weir.runtime.sink.SinkOperator;
import io.weir.runtime.source.Source;
import io.weir.runtime.testing.GatedSequenceSource;
import io.weir.runtime.testing.MemoryCheckpointStorage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointedSubmitTest {
    private static final JobOptions CHECKPOINTED = JobOptions.defaults()
            .withCheckpointing(CheckpointOptions.disabled().withInterval(Duration.ofSeconds(1)));

    private static Dataflow readingFrom(Source source) {
        return new Dataflow(List.of(Vertex.ofSource(1, "src", 1, source,
                List.of(SinkOperator.spec(new TestSinks.Collecting())), GatedSequenceSource.TYPE)), List.of());
    }

    @Test
    void aCheckpointedJobIsRefusedByAnEngineWithoutCheckpointStorage() {
        try (Engine engine = Engine.create(EngineOptions.defaults())) {
            assertThatThrownBy(() -> engine.submit("j", "j", readingFrom(new GatedSequenceSource(10, 2)),
                    CHECKPOINTED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no checkpoint storage");
        }
    }

    @Test
    void aCheckpointedJobWhoseSourceCannotRecordPositionsIsRefused() {
        try (Engine engine = Engine.create(EngineOptions.defaults()
                .withCheckpointStorage(new MemoryCheckpointStorage()))) {
            assertThatThrownBy(() -> engine.submit("j", "j", readingFrom(new TestSources.Sequence(10, 2)),
                    CHECKPOINTED))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("vertex 'src'")
                    .hasMessageContaining("cannot record its position");
        }
    }
}
