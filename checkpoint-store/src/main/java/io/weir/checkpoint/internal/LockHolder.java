package io.weir.checkpoint.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Who holds a data directory, as written in its lock file. */
record LockHolder(String pid, String host, String since) {
    static LockHolder parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LockHolder(p.getProperty("pid", "?"), p.getProperty("host", "?"), p.getProperty("since", "?"));
    }

    String format() {
        return "pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\n";
    }
}
