package io.weir.runtime;

/** The kinds of user error; the JDBC driver maps each to an SQLState. */
public enum ErrorCode {
    SYNTAX_ERROR("42000"),
    VALIDATION_ERROR("42000"),
    UNKNOWN_OBJECT("42S02"),
    OBJECT_EXISTS("42S01"),
    INVALID_OPTION("22023"),
    UNSUPPORTED("0A000"),
    DATA_ERROR("22000"),
    JOB_FAILED("58000"),
    DATA_DIRECTORY_LOCKED("55000"),
    IO_ERROR("58030"),
    INTERNAL_ERROR("XX000");

    private final String sqlState;

    ErrorCode(String sqlState) {
        this.sqlState = sqlState;
    }

    public String sqlState() {
        return sqlState;
    }
}
