package io.weir.connector;

import io.weir.runtime.ErrorCode;
import io.weir.runtime.WeirException;
import io.weir.runtime.type.DataType;
import java.io.IOException;
import java.nio.file.Path;

/** Every user-facing error the connectors raise, in one place so tests and docs can list them. */
public final class ConnectorErrors {
    private static final String NEXMARK_HINT = "; declare the columns as the Nexmark benchmark's DDL does";

    private ConnectorErrors() {
    }

    public static WeirException invalidOptionValue(String key, String text, String expected) {
        return new WeirException(ErrorCode.INVALID_OPTION,
                "Invalid value '" + text + "' for option '" + key + "': expected " + expected);
    }

    public static WeirException sequenceNeedsBound(String column, String missingKey) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Option '" + missingKey + "' is required when 'fields."
                + column + ".kind' is 'sequence'; set both 'fields." + column + ".start' and 'fields." + column + ".end'");
    }

    public static WeirException sequenceStartAfterEnd(String column, long start, long end) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Sequence of column '" + column + "' starts at " + start
                + " after its end " + end + "; make 'fields." + column + ".start' at most 'fields." + column + ".end'");
    }

    public static WeirException sequenceNotSupported(String column, DataType type) {
        return new WeirException(ErrorCode.UNSUPPORTED, "Column '" + column + "' of type " + type.typeName()
                + " cannot have a sequence generator; use 'random' or a numeric or string column");
    }

    public static WeirException minAboveMax(String column, String min, String max) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Option 'fields." + column + ".min' (" + min
                + ") is greater than 'fields." + column + ".max' (" + max + ")");
    }

    public static WeirException nullRateOutOfRange(String column, double rate) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Option 'fields." + column + ".null-rate' is " + rate
                + "; use a value between 0 and 1");
    }

    public static WeirException unsupportedColumnType(String format, String column, DataType type) {
        return new WeirException(ErrorCode.UNSUPPORTED, "Column '" + column + "' of type " + type.typeName()
                + " is not supported by the " + format + " format");
    }

    public static WeirException cannotParseField(String text, DataType type, String column, Path file, long line,
            int field, String format) {
        return new WeirException(ErrorCode.DATA_ERROR, "Cannot parse '" + text + "' as " + type.typeName()
                + " for column '" + column + "' in file '" + file + "' at line " + line + ", field " + field
                + hint(format));
    }

    public static WeirException cannotParseJsonField(String text, DataType type, String column, Path file,
            long line) {
        return new WeirException(ErrorCode.DATA_ERROR, "Cannot parse '" + text + "' as " + type.typeName()
                + " for column '" + column + "' in file '" + file + "' at line " + line + hint("json"));
    }

    public static WeirException wrongFieldCount(int expected, int found, Path file, long line, String format) {
        return new WeirException(ErrorCode.DATA_ERROR, "Expected " + expected + " fields but found " + found
                + " in file '" + file + "' at line " + line + hint(format));
    }

    public static WeirException unterminatedQuote(Path file, long line, String format) {
        return new WeirException(ErrorCode.DATA_ERROR, "Unterminated quoted field in file '" + file
                + "' starting at line " + line + hint(format));
    }

    public static WeirException malformedJson(Path file, long line, String problem) {
        return new WeirException(ErrorCode.DATA_ERROR, "Malformed JSON in file '" + file + "' at line " + line
                + ": " + problem + hint("json"));
    }

    public static WeirException unreadableParquet(Path file, RuntimeException cause) {
        return new WeirException(ErrorCode.DATA_ERROR, "Cannot read file '" + file + "' as Parquet: "
                + cause.getMessage() + "; remove the file from the table's directory or replace it with a valid"
                + " Parquet file", cause);
    }

    public static WeirException parquetColumnMissing(Path file, String column) {
        return new WeirException(ErrorCode.DATA_ERROR, "File '" + file + "' has no column '" + column
                + "'; Parquet columns are matched by name, so declare the table's columns as the file names them");
    }

    public static WeirException parquetColumnType(Path file, String column, DataType type, String found) {
        return new WeirException(ErrorCode.DATA_ERROR, "Column '" + column + "' of file '" + file + "' is '"
                + found + "', which cannot be read as " + type.typeName()
                + "; declare the column with the SQL type that maps to this Parquet type");
    }

    public static WeirException pathNotFound(Path path) {
        return new WeirException(ErrorCode.IO_ERROR, "Path '" + path + "' does not exist; check the table's 'path' option");
    }

    public static WeirException sinkPathIsFile(Path path) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Path '" + path + "' is a file, but the filesystem sink"
                + " writes part files into a directory; set 'path' to a directory");
    }

    public static WeirException updatesNotSupported(String connector, String kind) {
        return new WeirException(ErrorCode.UNSUPPORTED, "The " + connector + " sink accepts only inserts, but received "
                + kind + "; write an insert-only query to it");
    }

    public static WeirException io(String action, Path path, IOException cause) {
        return new WeirException(ErrorCode.IO_ERROR, "Cannot " + action + " '" + path + "': " + cause, cause);
    }

    public static WeirException pendingFileMissing(Path inProgress, Path target) {
        return new WeirException(ErrorCode.IO_ERROR, "Cannot commit part file '" + target + "' of a completed"
                + " checkpoint: neither it nor its in-progress file '" + inProgress + "' exists; restore from a"
                + " checkpoint taken after the output directory last changed, or start the job afresh");
    }

    public static WeirException nexmarkFieldCount(String table, String column, int found, DataType expected) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Column '" + column + "' of table '" + table + "' has "
                + found + " fields, but the nexmark connector produces " + expected.fields().size() + ": "
                + expected.typeName() + NEXMARK_HINT);
    }

    public static WeirException nexmarkColumnName(String table, String column, String expected) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Column '" + column + "' of table '" + table
                + "' should be named '" + expected + "' for the nexmark connector" + NEXMARK_HINT);
    }

    public static WeirException nexmarkColumnType(String table, String column, DataType found, DataType expected) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Column '" + column + "' of table '" + table + "' is "
                + found.typeName() + ", but the nexmark connector produces " + expected.typeName() + NEXMARK_HINT);
    }

    public static WeirException nexmarkColumnCount(String table, int found, String expected) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Table '" + table + "' has " + found
                + " physical columns, but the nexmark connector produces 4: " + expected + NEXMARK_HINT);
    }

    public static WeirException nexmarkProportionRequired(String key, String why) {
        return new WeirException(ErrorCode.INVALID_OPTION, "Option '" + key + "' is 0, but " + why
                + "; set it to 1 or more");
    }

    private static String hint(String format) {
        return "; fix the data or set '" + format + ".ignore-parse-errors' = 'true' to skip such records";
    }
}
