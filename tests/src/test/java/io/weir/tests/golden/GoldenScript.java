package io.weir.tests.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A golden case's script cut into chunks, one per statement: a statement ends with a line whose last
 * non-blank character is {@code ;}. Each chunk remembers its first line, so errors keep file positions.
 *
 * <p>The comment line {@value #ORDERED} among the comments before a statement makes its result compare in the order
 * the rows arrived, for a query whose ORDER BY fixes it; other insert-only results compare as sorted multisets.
 */
record GoldenScript(List<Chunk> chunks) {
    /** The directive comment that marks the next statement's result as ordered. */
    static final String ORDERED = "-- @ordered";

    /**
     * One statement's lines as written, starting at line {@code firstLine} (1-based) of the file.
     *
     * @param ordered whether its result is compared in arrival order (the {@value #ORDERED} directive preceded it)
     */
    record Chunk(int firstLine, String text, boolean ordered) {
        /** The text preceded by blank lines, so that parser positions are positions in the file. */
        String paddedText() {
            return "\n".repeat(firstLine - 1) + text;
        }

        /** The statement as it is echoed in the expected output: its lines without comment-only lines. */
        String echo() {
            StringBuilder b = new StringBuilder();
            for (String line : text.split("\n", -1)) {
                if (line.isBlank() || line.strip().startsWith("--")) {
                    continue;
                }
                b.append("> ").append(line.stripTrailing()).append('\n');
            }
            return b.toString();
        }
    }

    static GoldenScript parse(String content) {
        List<Chunk> chunks = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        StringBuilder current = new StringBuilder();
        int first = -1;
        boolean hasStatement = false;
        boolean ordered = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (first < 0) {
                if (stripped.equals(ORDERED)) {
                    ordered = true;
                }
                if (stripped.isEmpty() || stripped.startsWith("--")) {
                    continue;
                }
                first = i + 1;
            }
            current.append(line).append('\n');
            if (!stripped.isEmpty() && !stripped.startsWith("--")) {
                hasStatement = true;
            }
            if (stripped.endsWith(";")) {
                chunks.add(new Chunk(first, current.toString().stripTrailing(), ordered));
                current.setLength(0);
                first = -1;
                hasStatement = false;
                ordered = false;
            }
        }
        if (hasStatement) {
            chunks.add(new Chunk(first, current.toString().stripTrailing(), ordered));
        }
        return new GoldenScript(chunks);
    }
}
