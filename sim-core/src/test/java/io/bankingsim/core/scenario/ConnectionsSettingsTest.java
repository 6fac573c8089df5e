package io.bankingsim.core.scenario;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connections keys beyond the URLs: flow, rate cap, batching, feedback, paths and channels. */
class ConnectionsSettingsTest {

    @Test
    void everyKeyIsReadAndPathsAndChannelsKeepTheirDefaultsWhereNotGiven() throws ScenarioException {
        Scenario s = Scenarios.parse("""
                name: x
                connections:
                  flow: post_only
                  max_rps: 50
                  score_batch_size: 20
                  score_logins: false
                  feedback_delay_hours: 72
                  nexum_username: alice
                  nexum_password: secret
                  kafka_events_topic: ev
                  kafka_outcomes_topic: out
                  max_outage_seconds: 5
                  paths:
                    score: /v2/score
                    kyc: /api/customers/{customer_id}/kyc
                  channels:
                    card_present: online
                """);

        Connections c = s.connections();
        assertThat(c.flow()).isEqualTo(Connections.Flow.POST_ONLY);
        assertThat(c.maxRps()).isEqualTo(50);
        assertThat(c.scoreBatchSize()).isEqualTo(20);
        assertThat(c.scoreLogins()).isFalse();
        assertThat(c.feedback()).isTrue();
        assertThat(c.feedbackDelayHours()).isEqualTo(72);
        assertThat(c.nexumUsername()).isEqualTo("alice");
        assertThat(c.kafkaEventsTopic()).isEqualTo("ev");
        assertThat(c.kafkaOutcomesTopic()).isEqualTo("out");
        assertThat(c.maxOutageSeconds()).isEqualTo(5);
        assertThat(c.path("score")).isEqualTo("/v2/score");
        assertThat(c.path("kyc")).isEqualTo("/api/customers/{customer_id}/kyc");
        assertThat(c.path("transfer")).isEqualTo("/transactions/transfer");
        assertThat(c.channels()).containsEntry("card_present", "online").containsEntry("atm", "atm");
        assertThat(c.toString()).contains("nexumPassword=****").doesNotContain("secret");
    }

    @Test
    void defaultsAreTheRealApisWithoutFeedback() throws ScenarioException {
        Connections c = Scenarios.parse("name: x\n").connections();

        assertThat(c.flow()).isEqualTo(Connections.Flow.SCORE_THEN_POST);
        assertThat(c.feedback()).isFalse();
        assertThat(c.maxRps()).isZero();
        assertThat(c.paths()).isEqualTo(Connections.DEFAULT_PATHS);
        assertThat(c.channels()).containsEntry("card_present", "api");
    }

    @Test
    void anUnknownFlowListsTheFlows() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nconnections:\n  flow: score_and_post\n");

        assertThat(p.path()).isEqualTo("connections.flow");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.message()).contains("score_then_post", "post_only", "score_only");
    }

    @Test
    void anUnknownEndpointListsTheEndpoints() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nconnections:\n  paths:\n    scores: /s\n");

        assertThat(p.path()).isEqualTo("connections.paths.scores");
        assertThat(p.message()).contains("did you mean 'score'", "score_batch", "account_transactions");
    }

    @Test
    void aPathMustStartWithASlashAndUseOnlyKnownPlaceholders() {
        assertThat(Scenarios.onlyProblemOf("name: x\nconnections:\n  paths:\n    score: score\n").message())
                .contains("a path starting with /");
        assertThat(Scenarios.onlyProblemOf("name: x\nconnections:\n  paths:\n    kyc: /c/{id}/kyc\n").message())
                .contains("no placeholder but one {customer_id}", "such as /customers/{customer_id}/kyc");
        assertThat(Scenarios.onlyProblemOf("name: x\nconnections:\n  paths:\n    kyc: /c/{customer_id}/{customer_id}\n")
                .message()).contains("no placeholder but one {customer_id}");
        assertThat(Scenarios.onlyProblemOf("name: x\nconnections:\n  paths:\n    kyc: /customers/kyc\n").message())
                .contains("must hold {customer_id}");
        assertThat(Scenarios.onlyProblemOf("name: x\nconnections:\n  paths:\n    account: /a/{customer_id}\n")
                .message()).contains("{account_id}", "such as /accounts/{account_id}");
        assertThat(Scenarios.onlyProblemOf("name: x\nconnections:\n  paths:\n    score: /s/{account_id}\n")
                .message()).contains("no placeholder");
    }

    @Test
    void aChannelMustBeOneOfNexums() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nconnections:\n  channels:\n    atm: cash\n");

        assertThat(p.path()).isEqualTo("connections.channels.atm");
        assertThat(p.message()).contains("atm", "branch", "online", "mobile", "api", "system");
    }

    @Test
    void aNegativeRateCapIsRefused() {
        ScenarioProblem p = Scenarios.onlyProblemOf("name: x\nconnections:\n  max_rps: -1\n");

        assertThat(p.path()).isEqualTo("connections.max_rps");
    }

    @Test
    void theRecordRefusesAnUnknownEndpointInCode() {
        assertThatThrownBy(() -> Connections.DEFAULTS.toBuilder().paths(Map.of("scoring", "/s")).build())
                .hasMessageContaining("unknown path 'scoring'").hasMessageContaining("score_batch");
    }
}
