package io.weir.shell;

import io.weir.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.slf4j.LoggerFactory;

/**
 * Completes SQL keywords, the catalog's table and view names, and the column names of the tables the input names
 * (of every table while it names none).
 * Runs on the shell's thread inside {@code readLine}, so it may use the session.
 */
final class SqlCompleter implements Completer {
    private final Session session;
    private final List<String> keywords;

    SqlCompleter(Session session, List<String> keywords) {
        this.session = session;
        this.keywords = List.copyOf(keywords);
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        for (String keyword : keywords) {
            candidates.add(candidate(keyword, "keyword"));
        }
        try {
            List<String> tables = session.tableNames();
            for (String table : tables) {
                candidates.add(candidate(table, "table"));
            }
            for (String table : tablesForColumns(line, tables)) {
                for (String column : session.columnNames(table)) {
                    candidates.add(candidate(column, "column of " + table));
                }
            }
        } catch (RuntimeException e) {
            // Completion is a convenience: a catalog that cannot be read now must not break the line being typed.
            LoggerFactory.getLogger(SqlCompleter.class).warn("completion failed", e);
        }
    }

    /**
     * The tables whose columns are offered: those the statement names, or every table while it names none yet
     * (as in {@code SELECT na<Tab>} before its FROM is written).
     */
    private static List<String> tablesForColumns(ParsedLine line, List<String> tables) {
        List<String> named = new ArrayList<>();
        List<String> words = line.words();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i != line.wordIndex() && containsIgnoringCase(tables, word)) {
                named.add(word);
            }
        }
        return named.isEmpty() ? tables : named;
    }

    private static boolean containsIgnoringCase(List<String> names, String word) {
        for (String name : names) {
            if (name.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static Candidate candidate(String value, String group) {
        return new Candidate(value, value, group, null, null, null, true);
    }
}
