package io.weir.runtime.type;

/** The SQL type families Weir stores; see {@link io.weir.runtime.row.Row} for each one's representation. */
public enum TypeRoot {
    BOOLEAN,
    TINYINT,
    SMALLINT,
    INTEGER,
    BIGINT,
    FLOAT,
    DOUBLE,
    DECIMAL,
    CHAR,
    VARCHAR,
    BINARY,
    VARBINARY,
    DATE,
    TIME,
    TIMESTAMP,
    TIMESTAMP_LTZ,
    ROW;

    /** Whether a value of this type lives in the row's primitive slot. */
    public boolean isPrimitiveSlot() {
        switch (this) {
            case DECIMAL:
            case CHAR:
            case VARCHAR:
            case BINARY:
            case VARBINARY:
            case ROW:
                return false;
            default:
                return true;
        }
    }
}
