package io.weir.connector.filesystem;

import io.weir.runtime.row.Row;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/** Hands the fields of rows to Parquet's record consumer in the layout {@link ParquetTypes} gives. */
public final class ParquetRowWriteSupport extends WriteSupport<Row> {
    private final RowType rowType;
    private final Map<String, String> metadata;
    private final Fields fields;
    private RecordConsumer consumer;

    /** The names and types of a row's fields and the layouts of its nested rows, computed once per sink. */
    private record Fields(String[] names, DataType[] types, Fields[] nested) {
        static Fields of(List<DataType.Field> fields) {
            String[] names = new String[fields.size()];
            DataType[] types = new DataType[fields.size()];
            Fields[] nested = new Fields[fields.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = fields.get(i).name();
                types[i] = fields.get(i).type();
                nested[i] = types[i].root() == TypeRoot.ROW ? of(types[i].fields()) : null;
            }
            return new Fields(names, types, nested);
        }
    }

    ParquetRowWriteSupport(RowType rowType) {
        this(rowType, Map.of());
    }

    /** Writes rows of {@code rowType}, with {@code metadata} as the file footer's key-value metadata. */
    public ParquetRowWriteSupport(RowType rowType, Map<String, String> metadata) {
        this.rowType = rowType;
        this.metadata = Map.copyOf(metadata);
        this.fields = Fields.of(rowType.fields());
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(ParquetTypes.messageType(rowType), metadata);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(ParquetTypes.messageType(rowType), metadata);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
    }

    @Override
    public void write(Row row) {
        consumer.startMessage();
        writeFields(row, fields);
        consumer.endMessage();
    }

    private void writeFields(Row row, Fields layout) {
        String[] names = layout.names();
        DataType[] types = layout.types();
        for (int i = 0; i < names.length; i++) {
            if (row.isNullAt(i)) {
                // An absent field is NULL; the planner keeps NULL out of NOT NULL columns.
                continue;
            }
            consumer.startField(names[i], i);
            Fields nested = layout.nested()[i];
            if (nested != null) {
                consumer.startGroup();
                writeFields((Row) row.getObject(i), nested);
                consumer.endGroup();
            } else {
                writeValue(row, i, types[i]);
            }
            consumer.endField(names[i], i);
        }
    }

    private void writeValue(Row row, int i, DataType type) {
        switch (type.root()) {
            case BOOLEAN:
                consumer.addBoolean(row.getBoolean(i));
                break;
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case DATE:
            case TIME:
                consumer.addInteger(row.getInt(i));
                break;
            case BIGINT:
            case TIMESTAMP:
            case TIMESTAMP_LTZ:
                consumer.addLong(row.getLong(i));
                break;
            case FLOAT:
                consumer.addFloat(row.getFloat(i));
                break;
            case DOUBLE:
                consumer.addDouble(row.getDouble(i));
                break;
            case DECIMAL:
                writeDecimal((BigDecimal) row.getObject(i), type);
                break;
            case CHAR:
            case VARCHAR:
                consumer.addBinary(Binary.fromString(row.getString(i)));
                break;
            case BINARY:
            case VARBINARY:
                consumer.addBinary(Binary.fromConstantByteArray((byte[]) row.getObject(i)));
                break;
            default:
                throw new IllegalStateException("no Parquet value for type " + type);
        }
    }

    private void writeDecimal(BigDecimal value, DataType type) {
        BigDecimal scaled = value.scale() == type.scale() ? value
                : value.setScale(type.scale(), RoundingMode.UNNECESSARY);
        if (type.precision() <= 9) {
            consumer.addInteger(scaled.unscaledValue().intValueExact());
        } else if (type.precision() <= 18) {
            consumer.addLong(scaled.unscaledValue().longValueExact());
        } else {
            consumer.addBinary(Binary.fromConstantByteArray(ParquetColumnsWriter.fixedBytes(scaled.unscaledValue(),
                    ParquetTypes.decimalBytes(type.precision()))));
        }
    }
}
