package io.bankingsim.connectors.mock;

import io.bankingsim.connectors.EventFixtures;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.GroundTruth;
import io.bankingsim.core.event.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The detector scores only what a real detector is sent: ground truth never reaches it. */
class DetectorSeesNoTruthTest {

    /** Reads a class file's bytes; names of methods and types it uses are in its constant pool. */
    private static String bytecodeOf(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            assertThat(in).as("class file of " + type.getName()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {MockFraudDetector.class, ScoringRequest.class, AccountActivity.class,
            CustomerProfile.class, FraudScore.class, DetectorRule.class})
    void detectorCodeNeverMentionsTruth(Class<?> type) throws IOException {
        String code = bytecodeOf(type);

        assertThat(code).doesNotContainIgnoringCase("truth");
    }

    @Test
    void detectorIsOnlyEverHandedAScoringRequest() {
        Method[] methods = MockFraudDetector.class.getDeclaredMethods();
        assertThat(Arrays.stream(methods).filter(m -> !Modifier.isPrivate(m.getModifiers())))
                .allSatisfy(m -> assertThat(m.getParameterTypes())
                        .doesNotContain(Event.class, Transaction.class, GroundTruth.class));
        assertThat(Arrays.stream(methods).flatMap(m -> Arrays.stream(m.getParameterTypes())))
                .allSatisfy(p -> assertThat(Event.class.isAssignableFrom(p) || p == GroundTruth.class).isFalse());
    }

    @Test
    void scoringRequestCarriesNoLabel() {
        assertThat(Arrays.stream(ScoringRequest.class.getRecordComponents()).map(RecordComponent::getType))
                .doesNotContain(GroundTruth.class, Event.class, Transaction.class);
        assertThat(Arrays.stream(ScoringRequest.class.getRecordComponents()).map(RecordComponent::getName))
                .noneMatch(name -> name.matches("(?i).*(fraud|pattern|campaign|role|truth).*"));
    }

    @Test
    void labellingAnEventFraudChangesNothing() {
        EventFixtures genuine = new EventFixtures();
        EventFixtures labelled = new EventFixtures();
        MockFraudDetector one = new MockFraudDetector();
        MockFraudDetector other = new MockFraudDetector();
        for (int i = 0; i < 10; i++) {
            FraudScore a = one.score(ScoringRequest.of(genuine.purchase("c-1", "a-1", "2.00").build()));
            FraudScore b = other.score(ScoringRequest.of(
                    labelled.purchase("c-1", "a-1", "2.00").fraud("card_testing").build()));
            assertThat(b).isEqualTo(a);
            genuine.advance(Duration.ofSeconds(30));
            labelled.advance(Duration.ofSeconds(30));
        }
    }
}
