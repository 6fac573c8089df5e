package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Suggestions come from a small edit distance. */
class LevenshteinTest {

    @Test
    void distanceCountsEdits() {
        assertThat(Levenshtein.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Levenshtein.distance("", "abc")).isEqualTo(3);
        assertThat(Levenshtein.distance("Name", "name")).isZero();
        assertThat(Levenshtein.distance("prot", "port")).isEqualTo(1);
    }

    @Test
    void closestIsOnlyOfferedWhenNear() {
        List<String> keys = List.of("seed", "start", "duration_hours");

        assertThat(Levenshtein.closest("duration_hour", keys)).contains("duration_hours");
        assertThat(Levenshtein.closest("sead", keys)).contains("seed");
        assertThat(Levenshtein.closest("colour", keys)).isEmpty();
    }
}
