package io.weir.connector.filesystem;

import io.weir.connector.ConnectorErrors;
import io.weir.runtime.connector.ConfigOption;
import io.weir.runtime.connector.ConnectorContext;
import io.weir.runtime.connector.OptionType;
import io.weir.runtime.connector.Options;
import io.weir.runtime.connector.SinkFactory;
import io.weir.runtime.connector.SourceFactory;
import io.weir.runtime.sink.Sink;
import io.weir.runtime.source.Source;
import io.weir.runtime.type.DataType;
import io.weir.runtime.type.RowType;
import io.weir.runtime.type.TypeRoot;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code filesystem} connector: a bounded source and a part-file sink over CSV, JSON-lines or Parquet files.
 */
public final class FileSystemFactory implements SourceFactory, SinkFactory {
    public static final ConfigOption<String> PATH = ConfigOption.required("path", OptionType.STRING,
            "The directory to read every file under (or one file to read), or the directory to write part files into.");
    public static final ConfigOption<String> FORMAT = ConfigOption.required("format",
            OptionType.oneOf("csv", "json", "parquet"),
            "How rows are encoded in the files: 'csv', 'json' (one object per line) or 'parquet'.");
    public static final ConfigOption<Character> CSV_FIELD_DELIMITER = ConfigOption.optional("csv.field-delimiter",
            OptionType.CHAR, ',', "The single character between fields; '\\t' stands for a tab.");
    public static final ConfigOption<Character> CSV_QUOTE_CHARACTER = ConfigOption.optional("csv.quote-character",
            OptionType.CHAR, '"', "The character that encloses fields holding delimiters, quotes or line breaks.");
    public static final ConfigOption<String> CSV_NULL_LITERAL = ConfigOption.optional("csv.null-literal",
            OptionType.STRING, null, "A field with exactly this text is NULL; NULL is written as it.");
    public static final ConfigOption<Boolean> CSV_ALLOW_COMMENTS = ConfigOption.optional("csv.allow-comments",
            OptionType.BOOLEAN, false, "Skip lines that start with '#'.");
    public static final ConfigOption<Boolean> CSV_IGNORE_PARSE_ERRORS = ConfigOption.optional(
            "csv.ignore-parse-errors", OptionType.BOOLEAN, false,
            "Skip and count malformed records instead of failing the job.");
    public static final ConfigOption<Boolean> JSON_IGNORE_PARSE_ERRORS = ConfigOption.optional(
            "json.ignore-parse-errors", OptionType.BOOLEAN, false,
            "Skip and count malformed lines instead of failing the job.");
    public static final ConfigOption<String> PARQUET_COMPRESSION = ConfigOption.optional("parquet.compression",
            OptionType.oneOf("SNAPPY", "UNCOMPRESSED"), "SNAPPY",
            "The codec the sink compresses Parquet pages with: 'SNAPPY' or 'UNCOMPRESSED'. The source reads files"
                    + " in either.");
    public static final ConfigOption<Long> PARQUET_BLOCK_SIZE = ConfigOption.optional("parquet.block.size",
            OptionType.LONG, 128L * 1024 * 1024,
            "The size in bytes of a row group, which the sink buffers in memory before writing it out.");

    @Override
    public String identifier() {
        return "filesystem";
    }

    @Override
    public List<ConfigOption<?>> options() {
        return List.of(PATH, FORMAT, CSV_FIELD_DELIMITER, CSV_QUOTE_CHARACTER, CSV_NULL_LITERAL, CSV_ALLOW_COMMENTS,
                CSV_IGNORE_PARSE_ERRORS, JSON_IGNORE_PARSE_ERRORS, PARQUET_COMPRESSION,
                PARQUET_BLOCK_SIZE);
    }

    @Override
    public Source createSource(ConnectorContext context) {
        FileFormat format = format(context);
        return new FileSystemSource(context.tableName(), Path.of(context.options().get(PATH)), format,
                context.physicalType(), context.projection(), null, null);
    }

    @Override
    public Sink createSink(ConnectorContext context) {
        return new FileSystemSink(Path.of(context.options().get(PATH)), format(context), context.producedType());
    }

    private static FileFormat format(ConnectorContext context) {
        Options options = context.options();
        if ("csv".equals(options.get(FORMAT))) {
            rejectRowColumns(context.physicalType());
            CsvOptions csv = new CsvOptions(options.get(CSV_FIELD_DELIMITER), options.get(CSV_QUOTE_CHARACTER),
                    options.get(CSV_NULL_LITERAL), options.get(CSV_ALLOW_COMMENTS), options.get(CSV_IGNORE_PARSE_ERRORS));
            return FileFormat.csv(csv);
        }
        if ("parquet".equals(options.get(FORMAT))) {
            long blockSize = options.get(PARQUET_BLOCK_SIZE);
            if (blockSize <= 0) {
                throw ConnectorErrors.invalidOptionValue(PARQUET_BLOCK_SIZE.key(), Long.toString(blockSize),
                        "a positive number of bytes");
            }
            return FileFormat.parquet(new ParquetOptions(options.get(PARQUET_COMPRESSION), blockSize));
        }
        return FileFormat.json(options.get(JSON_IGNORE_PARSE_ERRORS));
    }

    private static void rejectRowColumns(RowType type) {
        for (DataType.Field field : type.fields()) {
            if (field.type().root() == TypeRoot.ROW) {
                throw ConnectorErrors.unsupportedColumnType("csv", field.name(), field.type());
            }
        }
    }
}
