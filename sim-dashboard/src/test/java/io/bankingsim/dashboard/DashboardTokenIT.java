package io.bankingsim.dashboard;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardTokenIT {

    @Test
    void whenATokenIsRequiredTheControlsNeedItAndTheRestDoesNot() {
        FakeControl control = new FakeControl();
        try (DashboardServer server = DashboardServer.builder().control(control).port(0).requireToken(true)
                .token("s3cret-token").start()) {
            Http http = new Http(server);

            HttpResponse<String> none = http.post("/api/control/start", "");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.headers().firstValue("www-authenticate")).hasValue("Bearer");
            assertThat(Http.json(none).path("error").asText()).contains("Authorization: Bearer");
            HttpResponse<String> wrong = http.post("/api/control/start", "", "Authorization", "Bearer wrong");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(Http.json(wrong).path("error").asText()).startsWith("wrong token");
            assertThat(http.post("/api/control/speed", "{\"multiplier\": 5}", "Authorization", "s3cret-token")
                    .statusCode()).isEqualTo(401);
            assertThat(control.state).isEqualTo("created");

            assertThat(http.post("/api/control/start", "", "Authorization", "Bearer s3cret-token").statusCode())
                    .isEqualTo(200);
            assertThat(control.state).isEqualTo("running");
            assertThat(http.get("/api/status").statusCode()).isEqualTo(200);
            assertThat(http.get("/metrics").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRequiredTokenIsGeneratedWhenNoneIsGiven() {
        try (DashboardServer server = DashboardServer.builder().control(new FakeControl()).port(0)
                .requireToken(true).start()) {
            assertThat(server.token()).hasValueSatisfying(t -> assertThat(t).matches("[0-9a-f]{32}"));
            Http http = new Http(server);
            assertThat(http.post("/api/control/start", "", "Authorization", "Bearer " + server.token().orElseThrow())
                    .statusCode()).isEqualTo(200);
        }
    }
}
