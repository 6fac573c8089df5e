package io.bankingsim.connectors.stub;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Faults come in the configured proportions, half of the timeouts each way, the same for the same seed. */
class FaultInjectorTest {

    private static Map<FaultInjector.Fault, Integer> draw(FaultInjector injector, int n) {
        Map<FaultInjector.Fault, Integer> counts = new EnumMap<>(FaultInjector.Fault.class);
        for (int i = 0; i < n; i++) {
            counts.merge(injector.next(), 1, Integer::sum);
        }
        return counts;
    }

    @Test
    void proportionsFollowTheRates() {
        Map<FaultInjector.Fault, Integer> counts = draw(new FaultInjector(
                new FaultSettings(0, 0.2, 0.3, 1), 1), 100_000);

        assertThat(counts.get(FaultInjector.Fault.ERROR) / 100_000.0).isCloseTo(0.2, within(0.01));
        assertThat(counts.get(FaultInjector.Fault.ANSWER_LOST) / 100_000.0).isCloseTo(0.15, within(0.01));
        assertThat(counts.get(FaultInjector.Fault.REQUEST_LOST) / 100_000.0).isCloseTo(0.15, within(0.01));
    }

    @Test
    void noRatesNoFaults() {
        assertThat(draw(new FaultInjector(FaultSettings.NONE, 1), 1_000)).containsOnlyKeys(FaultInjector.Fault.NONE);
    }

    @Test
    void sameSeedSameSequence() {
        FaultSettings settings = new FaultSettings(0, 0.3, 0.3, 1);
        FaultInjector a = new FaultInjector(settings, 9);
        FaultInjector b = new FaultInjector(settings, 9);

        for (int i = 0; i < 1_000; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }
}
