package io.bankingsim.dashboard;

import io.bankingsim.core.clock.Speed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpeedRequestTest {

    @Test
    void aNumberOrMaxIsASpeed() {
        assertThat(ApiRoutes.parseSpeed("{\"multiplier\": 200}")).isEqualTo(Speed.of(200));
        assertThat(ApiRoutes.parseSpeed("{\"multiplier\": 0.5}")).isEqualTo(Speed.of(0.5));
        assertThat(ApiRoutes.parseSpeed("{\"multiplier\": 10000000}")).isEqualTo(Speed.of(10_000_000));
        assertThat(ApiRoutes.parseSpeed("{\"multiplier\": \"max\"}")).isEqualTo(Speed.MAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nonsense", "[200]", "{}", "{\"multiplier\": null}", "{\"multiplier\": -5}",
            "{\"multiplier\": 0}", "{\"multiplier\": 10000001}", "{\"multiplier\": \"fast\"}",
            "{\"multiplier\": true}", "{\"speed\": 200}"})
    void anythingElseIsRefusedWithAReason(String body) {
        assertThatThrownBy(() -> ApiRoutes.parseSpeed(body))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".*(multiplier|JSON).*");
    }
}
