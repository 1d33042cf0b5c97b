package io.weir.runtime.dataflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyGroupsTest {
    @Test
    void everyHashFallsInAKeyGroupBelowTheMaxParallelism() {
        for (int hash = -100_000; hash < 100_000; hash += 7) {
            assertThat(KeyGroups.keyGroupOf(hash, 128)).isBetween(0, 127);
        }
        assertThat(KeyGroups.keyGroupOf(Integer.MIN_VALUE, 128)).isBetween(0, 127);
    }

    @Test
    void consecutiveHashesSpreadOverEveryKeyGroup() {
        Set<Integer> groups = new HashSet<>();
        for (int hash = 0; hash < 10_000; hash++) {
            groups.add(KeyGroups.keyGroupOf(hash, 128));
        }
        assertThat(groups).hasSize(128);
    }

    @Test
    void eachSubtaskOwnsExactlyTheContiguousRangeItsKeyGroupsMapTo() {
        for (int parallelism = 1; parallelism <= 128; parallelism++) {
            int expectedFirst = 0;
            for (int subtask = 0; subtask < parallelism; subtask++) {
                int first = KeyGroups.firstKeyGroup(subtask, 128, parallelism);
                int last = KeyGroups.lastKeyGroup(subtask, 128, parallelism);
                assertThat(first).as("first of %d/%d", subtask, parallelism).isEqualTo(expectedFirst);
                assertThat(last).isGreaterThanOrEqualTo(first);
                for (int group = first; group <= last; group++) {
                    assertThat(KeyGroups.subtaskOf(group, 128, parallelism)).isEqualTo(subtask);
                }
                expectedFirst = last + 1;
            }
            assertThat(expectedFirst).isEqualTo(128);
        }
    }

    @Test
    void moreSubtasksThanKeyGroupsIsRejected() {
        assertThatThrownBy(() -> KeyGroups.checkParallelism(129, 128))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("129");
    }

    @Test
    void keysSqlDeemsEqualHashAlike() {
        RowType type = RowType.of(List.of("d", "b", "s"),
                List.of(DataType.of(TypeRoot.DOUBLE), DataType.of(TypeRoot.VARBINARY), DataType.string()));
        KeyHasher hasher = KeyHasher.of(type, List.of(0, 1, 2));

        assertThat(hasher.hash(Row.of(0.0, new byte[] {1, 2}, "x")))
                .isEqualTo(hasher.hash(Row.of(-0.0, new byte[] {1, 2}, new String("x"))));
        assertThat(hasher.hash(Row.of(Double.NaN, null, "x")))
                .isEqualTo(hasher.hash(Row.of(Double.longBitsToDouble(0x7ff8000000000001L), null, "x")));
    }

    @Test
    void aNullKeyHashesDifferentlyFromZero() {
        RowType type = RowType.of(List.of("k"), List.of(DataType.of(TypeRoot.BIGINT)));
        KeyHasher hasher = KeyHasher.of(type, List.of(0));

        assertThat(hasher.hash(Row.of((Object) null))).isNotEqualTo(hasher.hash(Row.of(0L)));
    }

    @Test
    void aKeyFieldOutsideTheRowIsRejected() {
        RowType type = RowType.of(List.of("k"), List.of(DataType.of(TypeRoot.BIGINT)));

        assertThatThrownBy(() -> KeyHasher.of(type, List.of(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
