package io.weir.runtime.type;

import java.util.ArrayList;
import java.util.List;

/** The named, typed fields of the rows a source, operator or sink handles. */
public record RowType(List<DataType.Field> fields) {
    public RowType {
        fields = List.copyOf(fields);
    }

    public static RowType of(List<String> names, List<DataType> types) {
        if (names.size() != types.size()) {
            throw new IllegalArgumentException("names " + names + " and types " + types + " differ in length");
        }
        List<DataType.Field> fields = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            fields.add(new DataType.Field(names.get(i), types.get(i)));
        }
        return new RowType(fields);
    }

    public int arity() {
        return fields.size();
    }

    public String name(int i) {
        return fields.get(i).name();
    }

    public DataType type(int i) {
        return fields.get(i).type();
    }

    public List<String> names() {
        return fields.stream().map(DataType.Field::name).toList();
    }

    /** The index of the field named {@code name} (compared case-insensitively), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
