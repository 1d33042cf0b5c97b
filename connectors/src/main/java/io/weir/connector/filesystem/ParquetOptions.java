package io.weir.connector.filesystem;

import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/** The Parquet format's options: Flink's {@code parquet.compression} and {@code parquet.block.size}. */
record ParquetOptions(CompressionCodecName codec, long rowGroupSizeBytes) {
}
