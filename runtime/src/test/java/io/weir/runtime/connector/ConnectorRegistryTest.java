package io.weir.runtime.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorRegistryTest {
    private final ConnectorRegistry registry = ConnectorRegistry.load();
    private final RowType type = RowType.of(List.of("x", "y"), List.of(DataType.string(), DataType.string()));

    @Test
    void findsConnectorsListedInServices() {
        assertThat(registry.identifiers()).contains("sample");
        assertThat(registry.validate("t", Map.of("connector", "sample", "path", "/p"), type))
                .isInstanceOf(SampleConnectorFactory.class);
    }

    @Test
    void unknownConnectorCloseToAKnownOneIsSuggested() {
        assertThatThrownBy(() -> registry.validate("t", Map.of("connector", "sampel"), type))
                .isInstanceOf(WeirException.class)
                .hasMessage("Unknown connector 'sampel' in table 't'; did you mean 'sample'?");
    }

    @Test
    void unknownConnectorFarFromAnyListsTheAvailableOnes() {
        assertThatThrownBy(() -> registry.validate("t", Map.of("connector", "kafkaesque-thing"), type))
                .hasMessageStartingWith("Unknown connector 'kafkaesque-thing' in table 't'; available connectors: ")
                .hasMessageContaining("sample");
    }

    @Test
    void missingConnectorOptionIsAnError() {
        assertThatThrownBy(() -> registry.validate("t", Map.of("path", "/p"), type))
                .hasMessageContaining("Table 't' has no 'connector' option");
    }

    @Test
    void misspeltTemplatedOptionGetsOnlyTheSuggestion() {
        assertThatThrownBy(() -> registry.validate("t",
                Map.of("connector", "sample", "path", "/p", "fields.x.kin", "random"), type))
                .isInstanceOf(WeirException.class)
                .hasMessage("Unknown option 'fields.x.kin' for connector 'sample'; did you mean 'fields.x.kind'?");
    }

    @Test
    void unknownOptionWithoutSuggestionListsTheValidOptions() {
        assertThatThrownBy(() -> registry.validate("t",
                Map.of("connector", "sample", "path", "/p", "completely-unrelated", "1"), type))
                .hasMessage("Unknown option 'completely-unrelated' for connector 'sample'; valid options: "
                        + "path, mode, fields.x.kind, fields.y.kind");
    }

    @Test
    void templatedOptionForAnUnknownColumnIsUnknown() {
        assertThatThrownBy(() -> registry.validate("t",
                Map.of("connector", "sample", "path", "/p", "fields.zzzzzz.kind", "random"), type))
                .hasMessageStartingWith("Unknown option 'fields.zzzzzz.kind' for connector 'sample'");
    }

    @Test
    void missingRequiredOptionIsNamed() {
        assertThatThrownBy(() -> registry.validate("t", Map.of("connector", "sample"), type))
                .isInstanceOf(WeirException.class)
                .satisfies(e -> assertThat(((WeirException) e).code()).isEqualTo(ErrorCode.INVALID_OPTION))
                .hasMessageStartingWith("Missing required option 'path' for connector 'sample' in table 't'");
    }

    @Test
    void badValueNamesTheOptionAndTheAcceptedValues() {
        assertThatThrownBy(() -> registry.validate("t",
                Map.of("connector", "sample", "path", "/p", "fields.y.kind", "sometimes"), type))
                .hasMessage("Invalid value 'sometimes' for option 'fields.y.kind': expected one of random, sequence");
    }
}
