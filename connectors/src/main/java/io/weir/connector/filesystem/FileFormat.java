package io.weir.connector.filesystem;

/** The format of a filesystem table's files: CSV with its options, or JSON lines. */
record FileFormat(String name, CsvOptions csv, boolean ignoreParseErrors) {
    static FileFormat csv(CsvOptions options) {
        return new FileFormat("csv", options, options.ignoreParseErrors());
    }

    static FileFormat json(boolean ignoreParseErrors) {
        return new FileFormat("json", null, ignoreParseErrors);
    }

    boolean isCsv() {
        return csv != null;
    }
}
