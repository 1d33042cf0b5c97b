package io.weir.shell;

import io.weir.runtime.type.ValueFormatter;
import java.io.PrintWriter;
import java.time.ZoneId;

/** How the command prints results: {@code tableau} boxes as Flink's SQL client does, or {@code csv}. */
enum OutputFormat {
    TABLEAU,
    CSV;

    /** The format named on the command line, in any case, or null if there is none of that name. */
    static OutputFormat named(String name) {
        for (OutputFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }

    /** A printer of this format writing to {@code out}, showing TIMESTAMP_LTZ values in {@code zone}. */
    ResultPrinter printer(PrintWriter out, ZoneId zone) {
        ValueFormatter text = new ValueFormatter(zone);
        switch (this) {
            case TABLEAU:
                return new TableauPrinter(out, text);
            case CSV:
                return new CsvPrinter(out, text);
            default:
                throw new IllegalStateException("no printer for " + this);
        }
    }
}
