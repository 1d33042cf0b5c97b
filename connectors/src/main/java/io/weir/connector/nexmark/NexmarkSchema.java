package io.weir.connector.nexmark;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.util.List;

/**
 * The physical columns a {@code nexmark} table must declare, as the benchmark's DDL does: {@code event_type INT} and
 * one nullable ROW column per event kind, of which each row fills the one its event type names.
 */
final class NexmarkSchema {
    static final int EVENT_TYPE = 0;
    static final int PERSON = 1;
    static final int AUCTION = 2;
    static final int BID = 3;

    static final DataType PERSON_TYPE = DataType.row(List.of(
            field("id", TypeRoot.BIGINT), field("name", TypeRoot.VARCHAR), field("emailAddress", TypeRoot.VARCHAR),
            field("creditCard", TypeRoot.VARCHAR), field("city", TypeRoot.VARCHAR), field("state", TypeRoot.VARCHAR),
            field("dateTime", TypeRoot.TIMESTAMP), field("extra", TypeRoot.VARCHAR)));
    static final DataType AUCTION_TYPE = DataType.row(List.of(
            field("id", TypeRoot.BIGINT), field("itemName", TypeRoot.VARCHAR), field("description", TypeRoot.VARCHAR),
            field("initialBid", TypeRoot.BIGINT), field("reserve", TypeRoot.BIGINT),
            field("dateTime", TypeRoot.TIMESTAMP), field("expires", TypeRoot.TIMESTAMP),
            field("seller", TypeRoot.BIGINT), field("category", TypeRoot.BIGINT), field("extra", TypeRoot.VARCHAR)));
    static final DataType BID_TYPE = DataType.row(List.of(
            field("auction", TypeRoot.BIGINT), field("bidder", TypeRoot.BIGINT), field("price", TypeRoot.BIGINT),
            field("channel", TypeRoot.VARCHAR), field("url", TypeRoot.VARCHAR), field("dateTime", TypeRoot.TIMESTAMP),
            field("extra", TypeRoot.VARCHAR)));
    /** The table's physical columns; the computed {@code dateTime} and the watermark are the table's own. */
    static final RowType PHYSICAL = RowType.of(List.of("event_type", "person", "auction", "bid"),
            List.of(DataType.of(TypeRoot.INTEGER), PERSON_TYPE, AUCTION_TYPE, BID_TYPE));

    private NexmarkSchema() {
    }

    /**
     * Fails with an error naming the first column or nested field whose name or type differs from {@link #PHYSICAL}.
     * Names compare case-insensitively; strings may have any length and timestamps any precision.
     */
    static void check(String table, RowType physical) {
        if (physical.arity() != PHYSICAL.arity()) {
            throw ConnectorErrors.nexmarkColumnCount(table, physical.arity(), describe(PHYSICAL.fields()));
        }
        checkFields(table, "", physical.fields(), PHYSICAL.fields());
    }

    private static void checkFields(String table, String prefix, List<DataType.Field> found,
            List<DataType.Field> expected) {
        for (int i = 0; i < expected.size(); i++) {
            DataType.Field f = found.get(i);
            DataType.Field e = expected.get(i);
            String path = prefix + f.name();
            if (!f.name().equalsIgnoreCase(e.name())) {
                throw ConnectorErrors.nexmarkColumnName(table, path, e.name());
            }
            if (f.type().root() != e.type().root()) {
                throw ConnectorErrors.nexmarkColumnType(table, path, f.type(), e.type());
            }
            if (e.type().root() == TypeRoot.ROW) {
                if (f.type().fields().size() != e.type().fields().size()) {
                    throw ConnectorErrors.nexmarkFieldCount(table, path, f.type().fields().size(), e.type());
                }
                checkFields(table, path + ".", f.type().fields(), e.type().fields());
            }
        }
    }

    private static String describe(List<DataType.Field> fields) {
        StringBuilder b = new StringBuilder();
        for (DataType.Field field : fields) {
            b.append(b.length() == 0 ? "" : ", ").append(field.name()).append(' ').append(field.type().typeName());
        }
        return b.toString();
    }

    private static DataType.Field field(String name, TypeRoot root) {
        return new DataType.Field(name, root == TypeRoot.TIMESTAMP ? DataType.of(root, 3) : DataType.of(root));
    }
}
