package io.bankingsim.dashboard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestGuardTest {

    @ParameterizedTest
    @CsvSource({
        "http://127.0.0.1:8095, 127.0.0.1:8095, true",
        "http://localhost:8095, localhost:8095, true",
        "http://LOCALHOST:8095, localhost:8095, true",
        "http://[::1]:8095, [::1]:8095, true",
        "http://example.com, example.com:80, true",
        "http://evil.example, 127.0.0.1:8095, false",
        "http://127.0.0.1:9999, 127.0.0.1:8095, false",
        "null, 127.0.0.1:8095, false",
        "not a url, 127.0.0.1:8095, false",
    })
    void anOriginIsTheSameWhenItNamesTheHostReached(String origin, String host, boolean same) {
        assertThat(RequestGuard.sameOrigin(origin, host)).isEqualTo(same);
    }

    @ParameterizedTest
    @CsvSource({
        "localhost:8095, true",
        "127.0.0.1:8095, true",
        "127.1.2.3, true",
        "[::1]:8095, true",
        "evil.example:8095, false",
        "localhost.evil.example, false",
        "10.0.0.5:8095, false",
        "'', false",
    })
    void onLoopbackOnlyLoopbackNamesAreServed(String host, boolean allowed) {
        assertThat(RequestGuard.isLoopbackName(RequestGuard.hostName(host))).isEqualTo(allowed);
    }
}
