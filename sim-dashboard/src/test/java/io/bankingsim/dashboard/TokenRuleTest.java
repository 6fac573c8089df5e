package io.bankingsim.dashboard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "::1", "[::1]", " 127.0.0.1 "})
    void loopbackNeedsNoToken(String host) {
        assertThat(DashboardServer.needsToken(host)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "dashboard.example.com", "fe80::1"})
    void anyOtherHostNeedsAToken(String host) {
        assertThat(DashboardServer.needsToken(host)).isTrue();
    }
}
