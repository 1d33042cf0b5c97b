package io.weir.runtime;

import java.util.Collection;
import java.util.Locale;

/** The "did you mean" of error messages: the known name closest to a misspelt one, ignoring case. */
public final class NameSuggestion {
    private NameSuggestion() {
    }

    /**
     * {@code "; did you mean 'x'?"} for the candidate closest to {@code written} by edit distance, when it is close
     * enough (at most 2 edits, or a third of the name's length) and not the same name; otherwise the empty string.
     */
    public static String didYouMean(String written, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = written.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = editDistance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= Math.max(2, written.length() / 3) ? "; did you mean '" + best + "'?" : "";
    }

    /** Levenshtein distance: the fewest insertions, deletions and substitutions that turn a into b. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
