package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The start is an instant, or a local date-time or date read in the scenario's time zone. */
class StartTimeTest {

    @Test
    void isoInstantIsTakenAsIs() throws ScenarioException {
        Scenario s = Scenarios.parse("name: x\nstart: 2026-02-02T10:15:00Z\ntime_zone: Asia/Tokyo\n");

        assertThat(s.start()).isEqualTo(Instant.parse("2026-02-02T10:15:00Z"));
    }

    @Test
    void instantWithAnOffsetIsTakenAsIs() throws ScenarioException {
        assertThat(Scenarios.parse("name: x\nstart: '2026-02-02T10:15:00+01:00'\n").start())
                .isEqualTo(Instant.parse("2026-02-02T09:15:00Z"));
    }

    @Test
    void localDateTimeIsReadInTheTimeZone() throws ScenarioException {
        Scenario s = Scenarios.parse("name: x\nstart: \"2026-01-05T08:30\"\ntime_zone: Europe/Berlin\n");

        assertThat(s.start()).isEqualTo(Instant.parse("2026-01-05T07:30:00Z"));
        assertThat(s.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void dateMeansMidnightInTheTimeZone() throws ScenarioException {
        Scenario s = Scenarios.parse("name: x\nstart: 2026-07-01\ntime_zone: America/New_York\n");

        assertThat(s.start()).isEqualTo(Instant.parse("2026-07-01T04:00:00Z"));
    }

    @Test
    void localStartWithoutATimeZoneIsUtc() throws ScenarioException {
        assertThat(Scenarios.parse("name: x\nstart: 2026-07-01\n").start())
                .isEqualTo(Instant.parse("2026-07-01T00:00:00Z"));
    }

    @Test
    void offsetIsAValidTimeZone() throws ScenarioException {
        assertThat(Scenarios.parse("name: x\ntime_zone: '+05:30'\n").timeZone()).isEqualTo(ZoneId.of("+05:30"));
    }

    @Test
    void unreadableStartNamesTheAcceptedForms() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nstart: next monday\n");

        assertThat(p.path()).isEqualTo("start");
        assertThat(p.message()).contains("2026-01-05T00:00:00Z", "2026-01-05T08:30", "2026-01-05",
                "got 'next monday'");
    }

    @Test
    void unknownTimeZoneSuggestsTheClosestOne() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\ntime_zone: Europe/Berlim\n");

        assertThat(p.message()).startsWith("unknown time zone 'Europe/Berlim', did you mean 'Europe/Berlin'?");
    }
}
