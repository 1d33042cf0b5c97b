package io.weir.checkpoint.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.weir.checkpoint.internal.parquet.EveryTypeRows;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaTextTest {
    @Test
    void aSchemaOfEveryTypeParsesBackToItself() {
        RowType type = EveryTypeRows.rowType();
        assertThat(SchemaText.parse(SchemaText.format(type))).isEqualTo(type);
    }

    @Test
    void aSchemaIsWrittenAsFlinkWritesTheFieldsOfARow() {
        RowType type = RowType.of(List.of("key_group", "odd `name`", "total"),
                List.of(DataType.of(TypeRoot.INTEGER).withNullable(false), DataType.string(), DataType.decimal(10, 2)));
        assertThat(SchemaText.format(type))
                .isEqualTo("`key_group` INT NOT NULL, `odd ``name``` STRING, `total` DECIMAL(10, 2)");
        assertThat(SchemaText.parse(SchemaText.format(type))).isEqualTo(type);
    }

    @Test
    void anEmptySchemaParsesToNoFields() {
        assertThat(SchemaText.parse("")).isEqualTo(new RowType(List.of()));
    }

    @Test
    void anUnknownTypeIsAnErrorNamingThePosition() {
        assertThatThrownBy(() -> SchemaText.parse("`a` INTERVAL"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("expected a type, not 'INTERVAL' at position 12 of stored schema '`a` INTERVAL'");
    }
}
