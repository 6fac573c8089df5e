package io.bankingsim.core.scenario;

import io.bankingsim.core.clock.Speed;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The complete example of docs/scenarios.md parses into exactly the values it states. */
class FullExampleTest {

    static final String FULL = """
            name: "Scenario Name"            # required, non-empty string
            description: "A day with some fraud"
            seed: 7
            start: "2026-03-02T00:00:00Z"
            time_zone: "Europe/Berlin"
            duration_hours: 0.5
            speed_multiplier: 250
            customers: 500
            accounts_per_customer: 3
            initial_balance: 5000.10
            currency: "EUR"
            transaction_rate:
              peak_tps: 12.5
              off_peak_tps: 2
              business_hours: [9, 17]
              weekend_multiplier: 0.3
            fraud:
              rate: 0.001
              attack_window: [22, 4]
              patterns:
                - type: card_testing
                  weight: 0.3
                  intensity: 1.5
                  duration_minutes: 30
                - type: mule_network
                  count: 2
                  params:
                    mules: 12
                    hops: [1, 2.5]
                    label: ring
                    nested: {on: true}
            connections:
              nexum_url: "http://nexum.test:8090"
              bastion_url: "https://bastion.test"
              kafka_bootstrap_servers: "localhost:9092"
              timeout_seconds: 10
              max_retries: 0
              max_in_flight: 128
            dashboard:
              enabled: true
              port: 9000
              host: "0.0.0.0"
            metrics:
              enabled: false
              collect_interval_seconds: 5
              retention_minutes: 120
              export_csv: false
            """;

    @Test
    void topLevelKeysBecomeTheScenarioFields() throws ScenarioException {
        Scenario s = Scenarios.parse(FULL);

        assertThat(s.name()).isEqualTo("Scenario Name");
        assertThat(s.description()).isEqualTo("A day with some fraud");
        assertThat(s.source()).isEqualTo(Scenarios.SOURCE);
        assertThat(s.seed()).isEqualTo(7L);
        assertThat(s.start()).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(s.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(s.duration()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.speed()).isEqualTo(Speed.of(250));
        assertThat(s.customers()).isEqualTo(500);
        assertThat(s.accountsPerCustomer()).isEqualTo(3);
        assertThat(s.initialBalance()).isEqualTo(new BigDecimal("5000.10"));
        assertThat(s.currency()).isEqualTo(Currency.getInstance("EUR"));
    }

    @Test
    void transactionRateRefersToTheScenariosOwnSpeedMultiplier() throws ScenarioException {
        TransactionRate rate = Scenarios.parse(FULL).transactionRate();

        assertThat(rate).isEqualTo(new TransactionRate(12.5, 2, new HourWindow(9, 17), 0.3, 250));
    }

    @Test
    void fraudSectionKeepsEveryPatternSetting() throws ScenarioException {
        Fraud fraud = Scenarios.parse(FULL).fraud();

        assertThat(fraud.rate()).isEqualTo(0.001);
        assertThat(fraud.attackWindow()).isEqualTo(new HourWindow(22, 4));
        assertThat(fraud.patterns()).containsExactly(
                new PatternSettings("card_testing", 0.3, 1.5, -1, 30, Map.of()),
                new PatternSettings("mule_network", 1, 1, 2, -1, Map.of("mules", 12L, "hops", List.of(1L, 2.5),
                        "label", "ring", "nested", Map.of("on", true))));
    }

    @Test
    void connectionsDashboardAndMetricsAreRead() throws ScenarioException {
        Scenario s = Scenarios.parse(FULL);

        assertThat(s.connections()).isEqualTo(new Connections(URI.create("http://nexum.test:8090"),
                URI.create("https://bastion.test"), "localhost:9092", 10, 0, 128));
        assertThat(s.dashboard()).isEqualTo(new DashboardSettings(true, 9000, "0.0.0.0"));
        assertThat(s.metrics()).isEqualTo(new MetricsSettings(false, 5, 120, false));
    }
}
