package io.weir.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import io.weir.runtime.checkpoint.CheckpointKind;
import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.row.Row;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state file is ordinary Parquet: parquet-hadoop's own reader, knowing nothing of Weir, reads its rows. */
class OrdinaryParquetReaderTest {
    @TempDir
    Path dataDir;

    private Path writeWindows() throws IOException {
        try (MetadataStore metadata = MetadataStore.open(dataDir)) {
            StateFile file = metadata.checkpointStorage().write(ParquetCheckpointStorageTest.JOB, 3,
                    CheckpointKind.CHECKPOINT, 0, 0, 127, ParquetCheckpointStorageTest.WINDOWS, StateFile.Content.FULL,
                    ParquetCheckpointStorageTest.windows(3));
            return dataDir.resolve("checkpoints").resolve(ParquetCheckpointStorageTest.JOB).resolve("3")
                    .resolve(file.path());
        }
    }

    private static final class GroupReaderBuilder extends ParquetReader.Builder<Group> {
        GroupReaderBuilder(InputFile file) {
            super(file, new PlainParquetConfiguration());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }

    @Test
    void parquetHadoopsGroupReaderReadsTheRowsOfAStateFile() throws IOException {
        Path file = writeWindows();
        List<Group> groups = new ArrayList<>();
        try (ParquetReader<Group> reader = new GroupReaderBuilder(new LocalInputFile(file)).build()) {
            for (Group group = reader.read(); group != null; group = reader.read()) {
                groups.add(group);
            }
        }
        assertThat(groups).hasSize(2);
        Row first = ParquetCheckpointStorageTest.windows(3).get(0);
        Group group = groups.get(0);
        assertThat(group.getInteger("key_group", 0)).isEqualTo(first.getInt(0));
        assertThat(group.getLong("auction", 0)).isEqualTo(first.getLong(1));
        assertThat(group.getLong("window_start", 0)).isEqualTo(first.getLong(2));
        assertThat(group.getLong("window_end", 0)).isEqualTo(first.getLong(3));
        assertThat(group.getLong("cnt", 0)).isEqualTo(3L);
        assertThat(BigDecimal.valueOf(group.getLong("total", 0), 2)).isEqualTo(new BigDecimal("12.50"));
        assertThat(groups.get(1).getFieldRepetitionCount("total")).isZero();
    }

    @Test
    void theColumnsOfAStateFileCarryTheirSqlTypesAsParquetLogicalTypes() throws IOException {
        Path file = writeWindows();
        MessageType schema;
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file))) {
            schema = reader.getFooter().getFileMetaData().getSchema();
            assertThat(reader.getFooter().getFileMetaData().getKeyValueMetaData())
                    .containsEntry("weir.operator_uid", "hop-agg-1")
                    .containsEntry("weir.state_kind", "MAP")
                    .containsEntry("weir.key_groups", "0-127");
        }
        assertThat(schema.getFields()).extracting(Type::getName)
                .containsExactly("key_group", "auction", "window_start", "window_end", "cnt", "total");
        assertThat(schema.getType("key_group").getRepetition()).isEqualTo(Type.Repetition.REQUIRED);
        assertThat(schema.getType("key_group").asPrimitiveType().getPrimitiveTypeName())
                .isEqualTo(PrimitiveTypeName.INT32);
        assertThat(schema.getType("auction").getRepetition()).isEqualTo(Type.Repetition.OPTIONAL);
        assertThat(schema.getType("auction").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.intType(64, true));
        assertThat(schema.getType("window_start").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.timestampType(false, TimeUnit.MILLIS));
        assertThat(schema.getType("total").getLogicalTypeAnnotation())
                .isEqualTo(LogicalTypeAnnotation.decimalType(2, 10));
    }
}
