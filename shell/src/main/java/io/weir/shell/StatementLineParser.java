package io.weir.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells jline when the shell's input is a whole statement: once a {@code ;} outside strings, quoted names and comments
 * ends it (blank or comment-only input is whole too), and splits the input into words for completion.
 */
final class StatementLineParser implements Parser {
    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isComplete(line) && !isQuit(line)) {
            throw new EOFError(-1, -1, "statement not ended by ';'", ";");
        }
        return words(line, cursor);
    }

    /** Whether the input ends with a {@code ;} outside strings, quoted names and comments, or holds no statement. */
    static boolean isComplete(String input) {
        char last = 0;
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (c == '\'' || c == '`' || c == '"') {
                int end = input.indexOf(c, i + 1);
                // A doubled quote inside a string is part of it: the scan resumes after it and finds the closing one.
                if (end < 0) {
                    return false;
                }
                last = c;
                i = end + 1;
            } else if (c == '-' && i + 1 < n && input.charAt(i + 1) == '-') {
                int end = input.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && input.charAt(i + 1) == '*') {
                int end = input.indexOf("*/", i + 2);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                if (!Character.isWhitespace(c)) {
                    last = c;
                }
                i++;
            }
        }
        return last == 0 || last == ';';
    }

    /** {@code quit} or {@code exit}, with or without {@code ;}, as in Flink's SQL client. */
    static boolean isQuit(String input) {
        String word = input.strip().toLowerCase(Locale.ROOT);
        if (word.endsWith(";")) {
            word = word.substring(0, word.length() - 1).strip();
        }
        return word.equals("quit") || word.equals("exit");
    }

    /** Splits the input into words of name characters; the word under the cursor may be empty. */
    static ParsedLine words(String line, int cursor) {
        List<String> words = new ArrayList<>();
        int wordIndex = -1;
        int wordCursor = 0;
        int i = 0;
        while (i <= line.length()) {
            int start = i;
            while (i < line.length() && isNameChar(line.charAt(i))) {
                i++;
            }
            if (wordIndex < 0 && cursor >= start && cursor <= i) {
                wordIndex = words.size();
                wordCursor = cursor - start;
                words.add(line.substring(start, i));
            } else if (i > start) {
                words.add(line.substring(start, i));
            }
            i++;
        }
        String word = words.get(wordIndex);
        return new ShellLine(word, wordCursor, wordIndex, List.copyOf(words), line, cursor);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The shell's input split into words, with the word under the cursor; words are names, which need no escaping. */
    record ShellLine(String word, int wordCursor, int wordIndex, List<String> words, String line, int cursor)
            implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
