package io.weir.connector.filesystem;

/** The CSV format's options: Flink's {@code csv.*} keys. {@code nullLiteral} is null when unset. */
record CsvOptions(char delimiter, char quote, String nullLiteral, boolean allowComments, boolean ignoreParseErrors) {
}
