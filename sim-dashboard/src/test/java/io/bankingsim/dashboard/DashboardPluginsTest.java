package io.bankingsim.dashboard;

import io.bankingsim.core.clock.ManualTicker;
import io.bankingsim.core.clock.VirtualClock;
import io.bankingsim.core.event.Event;
import io.bankingsim.core.event.Transaction;
import io.bankingsim.core.metrics.MetricsSnapshot;
import io.bankingsim.core.outcome.Decision;
import io.bankingsim.core.outcome.Outcome;
import io.bankingsim.core.scenario.Scenario;
import io.bankingsim.core.spi.RunContext;
import io.bankingsim.core.spi.SimulationObserver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DashboardPluginsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "Large", "-leading-dash", "under_score", "has space", "dot.ted", "é",
            "a1234567890123456789012345678901234567890"})
    void anIdOutsideThePatternIsRefusedNamingTheClassAndTheRule(String id) {
        assertThatIllegalStateException().isThrownBy(() -> DashboardPlugins.check(List.of(new First(id))))
                .withMessageContaining(First.class.getName())
                .withMessageContaining("'" + id + "'")
                .withMessageContaining("[a-z0-9][a-z0-9-]{0,39}");
    }

    @Test
    void aNullIdIsRefused() {
        assertThatIllegalStateException().isThrownBy(() -> DashboardPlugins.check(List.of(new First(null))))
                .withMessageContaining(First.class.getName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "0", "large-payments", "x-", "a123456789012345678901234567890123456789"})
    void idsWithinThePatternAreAccepted(String id) {
        assertThat(DashboardPlugins.check(List.of(new First(id)))).extracting(DashboardPlugin::id).containsExactly(id);
    }

    @Test
    void twoPluginsWithTheSameIdAreRefusedNamingBothClasses() {
        assertThatIllegalStateException()
                .isThrownBy(() -> DashboardPlugins.check(List.of(new First("same"), new First("other"), new Second("same"))))
                .withMessageContaining(First.class.getName())
                .withMessageContaining(Second.class.getName())
                .withMessageContaining("'same'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.js", "sub/../../x.js", "panel.css", "/abs/panel.js", "panel", "",
            "panel.js?x=1", "C:\\panel.js"})
    void aPanelModuleThatIsNotARelativeJsNameIsRefused(String module) {
        assertThatIllegalStateException().isThrownBy(() -> DashboardPlugins.check(List.of(new First("p", module))))
                .withMessageContaining(First.class.getName())
                .withMessageContaining("'" + module + "'")
                .withMessageContaining(".js");
    }

    @ParameterizedTest
    @ValueSource(strings = {"panel.js", "panel.mjs", "ui/panel.js", "my_panel-2.js"})
    void relativeJsModulesAreAccepted(String module) {
        assertThat(DashboardPlugins.check(List.of(new First("p", module)))).hasSize(1);
    }

    @Test
    void checkKeepsTheOrderAndReturnsAnImmutableList() {
        List<DashboardPlugin> given = new ArrayList<>(List.of(new Second("b"), new First("a")));

        List<DashboardPlugin> checked = DashboardPlugins.check(given);
        given.clear();

        assertThat(checked).extracting(DashboardPlugin::id).containsExactly("b", "a");
        assertThat(checked).isUnmodifiable();
    }

    @Test
    void loadFindsThePluginsRegisteredWithTheServiceLoader() {
        assertThat(DashboardPlugins.load()).anySatisfy(p -> {
            assertThat(p).isInstanceOf(LargePaymentsPlugin.class);
            assertThat(p.id()).isEqualTo("large-payments");
            assertThat(p.panelModule()).hasValue("panel.js");
        });
    }

    @Test
    void anObserverThatThrowsIsSwitchedOffForTheRunWhileTheOthersContinue() {
        Throwing bad = new Throwing();
        Counting good = new Counting();
        PluginObservers observers = new PluginObservers(List.of(new First("bad", bad), new First("good", good)));
        observers.onStart(context());

        for (int i = 0; i < 3; i++) {
            Transaction t = TestData.genuine();
            observers.onEvent(t);
            observers.onOutcome(t, TestData.outcome(t, Decision.APPROVE), 1);
        }
        observers.onSnapshot(TestData.snapshot(1));
        observers.onFinish(TestData.snapshot(2));

        assertThat(bad.calls).as("called until it threw once, then never").containsExactly("start", "event");
        assertThat(good.calls).containsExactly("start", "event", "outcome", "event", "outcome", "event", "outcome",
                "snapshot", "finish");
    }

    @Test
    void aNewRunSwitchesTheFailedObserversBackOn() {
        Throwing bad = new Throwing();
        PluginObservers observers = new PluginObservers(List.of(new First("bad", bad)));
        observers.onStart(context());
        observers.onEvent(TestData.genuine());
        observers.onEvent(TestData.genuine());
        assertThat(bad.calls).containsExactly("start", "event");

        observers.onStart(context());
        observers.onEvent(TestData.genuine());

        assertThat(bad.calls).containsExactly("start", "event", "start", "event");
    }

    @Test
    void anObserverThatThrowsOnStartIsOffUntilTheNextStart() {
        Throwing bad = new Throwing();
        bad.failOn = "start";
        PluginObservers observers = new PluginObservers(List.of(new First("bad", bad)));

        observers.onStart(context());
        observers.onOutcome(TestData.genuine(), TestData.outcome(TestData.genuine(), Decision.APPROVE), 1);
        observers.onSnapshot(TestData.snapshot(1));

        assertThat(bad.calls).containsExactly("start");
    }

    @Test
    void aFailingPluginDoesNotDisturbTheDashboardsOwnFeed() {
        Throwing bad = new Throwing();
        bad.failOn = "outcome";
        Counting good = new Counting();
        DashboardObserver observer = new DashboardObserver(List.of(new First("bad", bad), new Second("good", good)));
        observer.onStart(context());

        for (int i = 0; i < 5; i++) {
            Transaction t = TestData.fraud();
            observer.onOutcome(t, TestData.outcome(t, Decision.DECLINE), 1);
        }
        observer.onSnapshot(TestData.snapshot(1));

        assertThat(observer.transactionsSeen()).isEqualTo(5);
        assertThat(observer.alertsSeen()).isEqualTo(5);
        assertThat(observer.latestSnapshot()).isPresent();
        assertThat(bad.calls).containsExactly("start", "outcome");
        assertThat(good.calls).filteredOn("outcome"::equals).hasSize(5);
        assertThat(good.calls).endsWith("snapshot");
    }

    private static RunContext context() {
        Scenario scenario = Scenario.defaults("plugins");
        return new RunContext(scenario, VirtualClock.start(scenario.start(), scenario.speed(), new ManualTicker()), null);
    }

    /** Records which callbacks it got. */
    private static class Counting implements SimulationObserver {
        final List<String> calls = new ArrayList<>();

        @Override
        public void onStart(RunContext context) {
            calls.add("start");
        }

        @Override
        public void onEvent(Event event) {
            calls.add("event");
        }

        @Override
        public void onOutcome(Event event, Outcome outcome, long responseNanos) {
            calls.add("outcome");
        }

        @Override
        public void onSnapshot(MetricsSnapshot snapshot) {
            calls.add("snapshot");
        }

        @Override
        public void onFinish(MetricsSnapshot finalSnapshot) {
            calls.add("finish");
        }
    }

    /** Records its callbacks and throws from the one named by {@code failOn} ("event" unless changed). */
    private static final class Throwing extends Counting {
        String failOn = "event";

        private void maybeFail(String call) {
            if (call.equals(failOn)) {
                throw new IllegalStateException("plugin bug in " + call);
            }
        }

        @Override
        public void onStart(RunContext context) {
            super.onStart(context);
            maybeFail("start");
        }

        @Override
        public void onEvent(Event event) {
            super.onEvent(event);
            maybeFail("event");
        }

        @Override
        public void onOutcome(Event event, Outcome outcome, long responseNanos) {
            super.onOutcome(event, outcome, responseNanos);
            maybeFail("outcome");
        }

        @Override
        public void onSnapshot(MetricsSnapshot snapshot) {
            super.onSnapshot(snapshot);
            maybeFail("snapshot");
        }

        @Override
        public void onFinish(MetricsSnapshot finalSnapshot) {
            super.onFinish(finalSnapshot);
            maybeFail("finish");
        }
    }

    /** A plugin of one class. */
    private static final class First implements DashboardPlugin {
        private final String id;
        private final String module;
        private final SimulationObserver observer;

        First(String id) {
            this(id, null, null);
        }

        First(String id, String module) {
            this(id, module, null);
        }

        First(String id, SimulationObserver observer) {
            this(id, null, observer);
        }

        private First(String id, String module, SimulationObserver observer) {
            this.id = id;
            this.module = module;
            this.observer = observer;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Optional<String> panelModule() {
            return Optional.ofNullable(module);
        }

        @Override
        public Optional<SimulationObserver> observer() {
            return Optional.ofNullable(observer);
        }
    }

    /** A plugin of another class. */
    private static final class Second implements DashboardPlugin {
        private final String id;
        private final SimulationObserver observer;

        Second(String id) {
            this(id, null);
        }

        Second(String id, SimulationObserver observer) {
            this.id = id;
            this.observer = observer;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public Optional<SimulationObserver> observer() {
            return Optional.ofNullable(observer);
        }
    }
}
