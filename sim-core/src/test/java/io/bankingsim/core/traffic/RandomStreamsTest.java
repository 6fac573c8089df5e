package io.bankingsim.core.traffic;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RandomStreamsTest {

    @Test
    void aStreamDependsOnlyOnSeedNameAndIndex() {
        assertThat(RandomStreams.of(42, "customer", 7).nextLong())
                .isEqualTo(RandomStreams.of(42, "customer", 7).nextLong());
    }

    @Test
    void neighbouringStreamsDiffer() {
        Set<Long> firsts = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            firsts.add(RandomStreams.of(42, "customer", i).nextLong());
        }
        firsts.add(RandomStreams.of(43, "customer", 0).nextLong());
        firsts.add(RandomStreams.of(42, "campaign", 0).nextLong());
        assertThat(firsts).hasSize(10_002);
    }

    @Test
    void uuidsAreVersionFourAndReproducible() {
        String a = RandomStreams.uuid(RandomStreams.of(1, "ids", 0));
        assertThat(a).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(RandomStreams.uuid(RandomStreams.of(1, "ids", 0))).isEqualTo(a);
    }
}
