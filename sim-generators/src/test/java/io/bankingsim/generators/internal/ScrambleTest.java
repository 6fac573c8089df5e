package io.bankingsim.generators.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.BitSet;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScrambleTest {

    private static final long KEY = 0x5EED_CAFEL;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 8, 9, 10, 97, 1000, 2049, 4096, 10007, 65537})
    void hitsEveryValueOfASmallRangeExactlyOnceAndInvertsBack(long n) {
        Scramble scramble = new Scramble(KEY, n);
        BitSet seen = new BitSet((int) n);
        for (long i = 0; i < n; i++) {
            long v = scramble.apply(i);
            assertThat(v).isBetween(0L, n - 1);
            assertThat(seen.get((int) v)).as("value %d hit twice", v).isFalse();
            seen.set((int) v);
            assertThat(scramble.invert(v)).isEqualTo(i);
        }
        assertThat(seen.cardinality()).isEqualTo((int) n);
    }

    @ParameterizedTest
    @ValueSource(longs = {100_000_000L, 1_000_000_000_000L, (1L << 40) + 1, 1_000_000_000_000_000L, Scramble.MAX_SIZE})
    void staysInRangeAndInvertsBackOnLargeRanges(long n) {
        Scramble scramble = new Scramble(KEY, n);
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 100_000; k++) {
            long i = k < 10 ? k : k < 20 ? n - 1 - (k - 10) : random.nextLong(n);
            long v = scramble.apply(i);
            assertThat(v).isBetween(0L, n - 1);
            assertThat(scramble.invert(v)).isEqualTo(i);
        }
    }

    @Test
    void differentKeysGiveDifferentPermutations() {
        Scramble one = new Scramble(1, 1000);
        Scramble two = new Scramble(2, 1000);
        int same = 0;
        for (long i = 0; i < 1000; i++) {
            same += one.apply(i) == two.apply(i) ? 1 : 0;
        }
        assertThat(same).isLessThan(20);
    }

    @Test
    void sameKeyAndSizeGiveTheSamePermutation() {
        Scramble one = new Scramble(KEY, 1_000_000);
        Scramble two = new Scramble(KEY, 1_000_000);
        for (long i = 0; i < 1000; i++) {
            assertThat(one.apply(i)).isEqualTo(two.apply(i));
        }
    }

    @Test
    void consecutiveIndicesGiveUnorderedOutputs() {
        Scramble scramble = new Scramble(KEY, 1_000_000_000L);
        int rises = 0;
        for (long i = 0; i < 9999; i++) {
            rises += scramble.apply(i + 1) > scramble.apply(i) ? 1 : 0;
        }
        assertThat(rises).isBetween(4500, 5500);
    }

    @ParameterizedTest
    @ValueSource(longs = {10_000, 1_000_000_000L})
    void lowBitOfTheOutputIsUnrelatedToTheIndexParity(long n) {
        Scramble scramble = new Scramble(KEY, n);
        int odd = 0;
        int sameParity = 0;
        for (long i = 0; i < 10_000; i++) {
            long low = scramble.apply(i) & 1;
            odd += (int) low;
            sameParity += low == (i & 1) ? 1 : 0;
        }
        assertThat(odd).isBetween(4500, 5500);
        assertThat(sameParity).isBetween(4500, 5500);
    }

    @Test
    void rejectsIndicesOutsideTheRange() {
        Scramble scramble = new Scramble(KEY, 10);
        assertThatThrownBy(() -> scramble.apply(10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scramble.apply(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scramble.invert(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThatThrownBy(() -> new Scramble(KEY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reportsItsSize() {
        assertThat(new Scramble(KEY, 10007).size()).isEqualTo(10007);
    }
}
