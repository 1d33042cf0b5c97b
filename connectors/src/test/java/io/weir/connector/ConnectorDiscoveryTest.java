package io.weir.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.runtime.connector.ConnectorRegistry;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConnectorDiscoveryTest {
    private final ConnectorRegistry registry = ConnectorRegistry.load();
    private final RowType type = RowType.of(List.of("x", "y"), List.of(DataType.of(TypeRoot.INTEGER), DataType.string()));

    @Test
    void theRegistryFindsTheFourConnectors() {
        assertThat(registry.identifiers()).contains("blackhole", "datagen", "filesystem", "print");
    }

    @Test
    void misspeltDatagenFieldOptionIsSuggested() {
        assertThatThrownBy(() -> registry.validate("t", Map.of("connector", "datagen", "fields.x.kin", "sequence"),
                type)).hasMessage("Unknown option 'fields.x.kin' for connector 'datagen'; did you mean 'fields.x.kind'?");
    }

    @Test
    void filesystemWithoutPathIsMissingARequiredOption() {
        assertThatThrownBy(() -> registry.validate("t", Map.of("connector", "filesystem", "format", "csv"), type))
                .hasMessageStartingWith("Missing required option 'path' for connector 'filesystem' in table 't'");
    }

    @Test
    void unknownFormatListsTheAcceptedOnes() {
        assertThatThrownBy(() -> registry.validate("t",
                Map.of("connector", "filesystem", "path", "/p", "format", "avro"), type))
                .hasMessage("Invalid value 'avro' for option 'format': expected one of csv, json, parquet");
    }

    @Test
    void everyOptionHasADescription() {
        for (String identifier : registry.identifiers()) {
            registry.find(identifier).orElseThrow().options()
                    .forEach(option -> assertThat(option.description()).as(option.key()).isNotBlank());
        }
    }
}
