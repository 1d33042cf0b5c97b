package io.weir.connector.filesystem;

/**
 * The Parquet format's options: Flink's {@code parquet.compression} (a codec name Parquet knows) and
 * {@code parquet.block.size}. Plain values, so that planning a CSV or JSON table loads no Parquet class.
 */
record ParquetOptions(String codec, long rowGroupSizeBytes) {
}
