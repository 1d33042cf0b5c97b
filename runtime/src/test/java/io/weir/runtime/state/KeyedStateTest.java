package io.weir.runtime.state;

import static io.weir.runtime.testing.OperatorHarness.keyedOn;
import static io.weir.runtime.testing.OperatorHarness.unkeyed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.testing.OperatorHarness;
import io.weir.runtime.testing.RowText;
import org.junit.jupiter.api.Test;

class KeyedStateTest {
    @Test
    void aValueStateKeepsOneRowPerKeyAcrossRows() {
        OperatorHarness.of(TestKeyedOperators.CountPerKey::new, keyedOn("item"), "item STRING, price INT")
                .outputType("item STRING, n BIGINT")
                .input("+I[book, 12]", "+I[pen, 3]", "+I[book, 13]", "+I[book, 14]")
                .expect("+I[book, 1]", "+I[pen, 1]", "-U[book, 1]", "+U[book, 2]", "-U[book, 2]", "+U[book, 3]");
    }

    @Test
    void aStateHoldsOneEntryPerKeyWhateverTheNumberOfRows() {
        OperatorHarness harness = OperatorHarness.of(TestKeyedOperators.CountPerKey::new, keyedOn("item"),
                "item STRING, price INT");
        for (int i = 0; i < 100; i++) {
            harness.input("+I[k" + (i % 7) + ", " + i + "]");
        }

        assertThat(harness.state().states().get("count").keyCount()).isEqualTo(7);
    }

    @Test
    void listAndMapStatesAreScopedToTheCurrentKey() {
        OperatorHarness.of(TestKeyedOperators.ListAndMap::new, keyedOn("k"), "k STRING, v STRING")
                .outputType("k STRING, values STRING, n BIGINT")
                .input("+I[a, x]", "+I[b, x]", "+I[a, y]", "+I[a, x]", "+I[a, clear]", "+I[a, z]", "+I[b, x]")
                .expect("+I[a, x, 1]", "+I[b, x, 1]", "+I[a, x|y, 1]", "+I[a, x|y|x, 2]", "+I[a, z, 1]",
                        "+I[b, x|x, 2]");
    }

    @Test
    void askingAnUnkeyedOperatorForStateNamesTheOperator() {
        assertThatThrownBy(() -> OperatorHarness.of(TestKeyedOperators.CountPerKey::new, unkeyed(), "item STRING"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("operator 'CountPerKey'")
                .hasMessageContaining("state 'count'")
                .hasMessageContaining("not keyed");
    }

    @Test
    void theSameNameWithAnotherTypeIsRefused() {
        OperatorHarness harness = OperatorHarness.of(TestKeyedOperators.CountPerKey::new, keyedOn("item"),
                "item STRING");

        assertThatThrownBy(() -> harness.context().valueState("count", RowText.parseColumns("n STRING")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("state 'count'");
    }

    @Test
    void theCurrentKeyIsTheKeyFieldsOfTheRow() {
        OperatorHarness harness = OperatorHarness.of(TestKeyedOperators.CountPerKey::new, keyedOn("b", "a"),
                "a INT, b STRING, c INT");
        harness.input("+I[1, x, 2]");

        assertThat(RowText.format(harness.context().currentKey(), RowText.parseColumns("b STRING, a INT")))
                .isEqualTo("[x, 1]");
    }
}
