package io.weir.runtime.internal.task;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateKind;
import io.weir.runtime.checkpoint.StateTable;
import io.weir.runtime.testing.RowText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncrementalChainsTest {
    private static final StateTable WINDOWS = new StateTable("agg", "windows", StateKind.MAP,
            RowText.parseColumns("key_group INT, k STRING, n BIGINT"));

    private static StateFile file(long checkpointId, StateFile.Content content, long rows) {
        return new StateFile(WINDOWS, 0, 0, 127, content, checkpointId, "f" + checkpointId, 10, rows, "crc32c:0");
    }

    private static void written(IncrementalChains chains, long checkpointId, int version, List<StateFile> chain) {
        chains.snapshotted(checkpointId, "agg", version);
        chains.written(checkpointId, Map.of("agg", Map.of("windows", chain)));
    }

    @Test
    void aCheckpointWrittenButNotCommittedIsNoBase() {
        IncrementalChains chains = new IncrementalChains();
        written(chains, 1, 1, List.of(file(1, StateFile.Content.FULL, 100)));

        chains.advance();

        assertThat(chains.baseFor(9, "agg")).isNull();
    }

    @Test
    void theNewestCommittedCheckpointIsTheBaseWithItsChain() {
        IncrementalChains chains = new IncrementalChains();
        List<StateFile> chain = List.of(file(1, StateFile.Content.FULL, 100), file(2, StateFile.Content.DELTA, 10));
        written(chains, 2, 5, chain);
        chains.committed(2);

        assertThat(chains.advance()).containsEntry("agg", 5);
        assertThat(chains.baseFor(9, "agg").version()).isEqualTo(5);
        assertThat(chains.baseFor(9, "agg").chains()).containsEntry("windows", chain);
    }

    @Test
    void aTableWhoseDeltasHoldMoreRowsThanItsFullFileIsWrittenInFullAgain() {
        IncrementalChains chains = new IncrementalChains();
        written(chains, 3, 5, List.of(file(1, StateFile.Content.FULL, 100), file(2, StateFile.Content.DELTA, 60),
                file(3, StateFile.Content.DELTA, 41)));
        chains.committed(3);
        chains.advance();

        assertThat(chains.baseFor(9, "agg").chains()).doesNotContainKey("windows");
    }

    @Test
    void anAbortedCheckpointNeverBecomesTheBase() {
        IncrementalChains chains = new IncrementalChains();
        written(chains, 1, 1, List.of(file(1, StateFile.Content.FULL, 100)));
        chains.committed(1);
        chains.advance();
        written(chains, 2, 2, List.of(file(2, StateFile.Content.FULL, 100)));
        chains.aborted(2);
        chains.committed(2);

        assertThat(chains.advance()).isNull();
        assertThat(chains.baseFor(9, "agg").version()).isEqualTo(1);
    }

    @Test
    void aCheckpointSnapshottedWhileAnEarlierOneIsPendingIsFullSoRetentionCannotRemoveItsBase() {
        IncrementalChains chains = new IncrementalChains();
        written(chains, 1, 1, List.of(file(1, StateFile.Content.FULL, 100)));
        chains.committed(1);
        chains.advance();
        chains.snapshotted(2, "agg", 2);

        assertThat(chains.baseFor(3, "agg")).isNull();
        chains.aborted(2);
        assertThat(chains.baseFor(3, "agg").version()).isEqualTo(1);
    }
}
