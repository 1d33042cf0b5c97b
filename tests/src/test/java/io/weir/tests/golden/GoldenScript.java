package io.weir.tests.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A golden case's script cut into chunks, one per statement: a statement ends with a line whose last
 * non-blank character is {@code ;}. Each chunk remembers its first line, so errors keep file positions.
 */
record GoldenScript(List<Chunk> chunks) {
    /** One statement's lines as written, starting at line {@code firstLine} (1-based) of the file. */
    record Chunk(int firstLine, String text) {
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
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (first < 0) {
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
                chunks.add(new Chunk(first, current.toString().stripTrailing()));
                current.setLength(0);
                first = -1;
                hasStatement = false;
            }
        }
        if (hasStatement) {
            chunks.add(new Chunk(first, current.toString().stripTrailing()));
        }
        return new GoldenScript(chunks);
    }
}
