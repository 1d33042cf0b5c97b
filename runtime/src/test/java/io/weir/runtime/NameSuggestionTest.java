package io.weir.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSuggestionTest {
    @Test
    void suggestsTheClosestNameIgnoringCase() {
        assertThat(NameSuggestion.didYouMean("PRICEE", List.of("auction", "price", "bidder")))
                .isEqualTo("; did you mean 'price'?");
    }

    @Test
    void suggestsNothingWhenEveryNameIsFarAway() {
        assertThat(NameSuggestion.didYouMean("zzz", List.of("auction", "price"))).isEmpty();
        assertThat(NameSuggestion.didYouMean("x", List.of())).isEmpty();
    }

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        assertThat(NameSuggestion.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(NameSuggestion.editDistance("", "abc")).isEqualTo(3);
    }
}
