package io.weir.connector.filesystem;

/**
 * The format of a filesystem table's files: CSV with its options, JSON lines, or Parquet with the codec and row group
 * size of its sink.
 */
record FileFormat(String name, CsvOptions csv, boolean ignoreParseErrors, ParquetOptions parquet) {
    static FileFormat csv(CsvOptions options) {
        return new FileFormat("csv", options, options.ignoreParseErrors(), null);
    }

    static FileFormat json(boolean ignoreParseErrors) {
        return new FileFormat("json", null, ignoreParseErrors, null);
    }

    static FileFormat parquet(ParquetOptions options) {
        return new FileFormat("parquet", null, false, options);
    }

    boolean isCsv() {
        return csv != null;
    }

    boolean isParquet() {
        return parquet != null;
    }
}
