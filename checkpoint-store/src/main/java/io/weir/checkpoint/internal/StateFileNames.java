package io.weir.checkpoint.internal;

import io.weir.runtime.checkpoint.StateFile;
import io.weir.runtime.checkpoint.StateTable;
import java.nio.charset.StandardCharsets;

/**
 * The names of state files: {@code <operator-uid>/<state-name>-<subtask>-kg<first>-<last>.parquet}, with every
 * character other than letters, digits, {@code _}, {@code -} and a non-leading {@code .} written as {@code %XX}
 * (UTF-8), so any uid or state name makes one valid, visible file name and distinct names stay distinct. A delta
 * file of an incremental checkpoint has the same name in the subdirectory {@code <operator-uid>/delta/}, so that a
 * checkpoint can list it beside the full file of its chain and a glob for full files does not match it.
 */
final class StateFileNames {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private StateFileNames() {
    }

    static String relativePath(StateTable table, StateFile.Content content, int subtask, int firstKeyGroup,
            int lastKeyGroup) {
        return encode(table.operatorUid()) + (content == StateFile.Content.DELTA ? "/delta/" : "/")
                + encode(table.name()) + "-" + subtask + "-kg" + firstKeyGroup + "-" + lastKeyGroup + ".parquet";
    }

    static String encode(String name) {
        StringBuilder b = new StringBuilder(name.length());
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xFF;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '-' || c == '.' && i > 0;
            if (plain) {
                b.append((char) c);
            } else {
                b.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return b.toString();
    }
}
