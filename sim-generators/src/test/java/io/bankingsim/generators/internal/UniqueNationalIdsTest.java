package io.bankingsim.generators.internal;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UniqueNationalIdsTest {

    @Test
    void everyCountryHasRoomForTheLargestBank() {
        for (Country country : Country.values()) {
            assertThat(UniqueNationalIds.size(country)).as(country.name()).isGreaterThan(100_000_000L);
        }
    }

    @Test
    void idsAtSpreadPositionsAreValidAndDistinct() {
        SplittableRandom r = new SplittableRandom(7);
        for (Country country : Country.values()) {
            long size = UniqueNationalIds.size(country);
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < 50_000; i++) {
                long n = i < 1_000 ? i : i < 2_000 ? size - 1 - (i - 1_000) : r.nextLong(size);
                String id = UniqueNationalIds.of(country, n);
                assertThat(country.nationalIdValid(id)).as("%s %s (n=%d)", country, id, n).isTrue();
                seen.add(id);
            }
            assertThat(seen).as(country.name()).hasSizeGreaterThan(49_990);
        }
    }

    @Test
    void consecutivePositionsGiveDistinctIdsInEveryPartOfTheSpace() {
        for (Country country : Country.values()) {
            long size = UniqueNationalIds.size(country);
            for (long start : new long[] {0, size / 3, size / 2, size - 20_000}) {
                Set<String> seen = new HashSet<>();
                for (long n = start; n < start + 20_000; n++) {
                    seen.add(UniqueNationalIds.of(country, n));
                }
                assertThat(seen).as("%s from %d", country, start).hasSize(20_000);
            }
        }
    }

    @Test
    void positionsOutsideTheSpaceAreRefused() {
        assertThatThrownBy(() -> UniqueNationalIds.of(Country.DE, UniqueNationalIds.size(Country.DE)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UniqueNationalIds.of(Country.US, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
