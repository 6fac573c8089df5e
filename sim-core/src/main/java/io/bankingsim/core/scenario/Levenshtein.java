package io.bankingsim.core.scenario;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Edit distance (Levenshtein's, counting a swap of two neighbours as one edit) between short words, to suggest the key or value a user probably meant
 * ("did you mean 'duration_hours'?"). Comparison ignores case. Stateless and thread-safe.
 */
final class Levenshtein {

    private Levenshtein() {
    }

    /**
     * The number of single-character insertions, deletions, substitutions and swaps of two
     * neighbours from a to b (the "optimal string alignment" variant, so that {@code prot} is one
     * edit from {@code port}).
     */
    static int distance(String a, String b) {
        String s = a.toLowerCase(Locale.ROOT);
        String t = b.toLowerCase(Locale.ROOT);
        int[][] d = new int[s.length() + 1][t.length() + 1];
        for (int i = 0; i <= s.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= t.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= s.length(); i++) {
            for (int j = 1; j <= t.length(); j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[s.length()][t.length()];
    }

    /**
     * The candidate nearest to the word, if it is near enough to be a likely typo: at most a third
     * of the word's length away (one edit is always tolerated).
     */
    static Optional<String> closest(String word, Collection<String> candidates) {
        int limit = Math.max(1, word.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }
}
