package io.bankingsim.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.bankingsim.core.RunningSimulation;
import io.bankingsim.core.Simulation;
import io.bankingsim.core.clock.Speed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's page in a real headless Chromium, starting, watching and driving a real dry run of
 * fraud_attack.
 *
 * <p>The methods run in order against one browser and one run, each continuing from where the last
 * one left the page: Start begins the run, numbers flow and the plug-in panel fills, pause freezes
 * the virtual time and resume moves it, a speed is applied, a bad speed shows the server's error,
 * and the console stays clean throughout.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    /** How long the virtual time must stay put while paused. */
    private static final Duration FROZEN = Duration.ofMillis(1500);
    /** Longer than a few push intervals (100 ms): time for a push already on its way to land. */
    private static final Duration SETTLE = Duration.ofMillis(500);

    @TempDir
    static Path profile;

    /** On a failure, what the page looked like: target/screenshots/failed-{method}.png. */
    @RegisterExtension
    static final TestWatcher SCREENSHOT_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser == null) {
                return;
            }
            String name = "failed-" + context.getRequiredTestMethod().getName() + ".png";
            try {
                browser.screenshot(screenshots().resolve(name));
            } catch (IOException | WebDriverException e) {
                cause.addSuppressed(e);
            }
        }
    };

    private static StartableControl control;
    private static RunningSimulation run;
    private static DashboardServer server;
    private static Http http;
    private static Browser browser;

    @BeforeAll
    static void startServerAndBrowser() throws Exception {
        // With the test class path's plug-in (LargePaymentsPlugin), whose panel the page must show.
        DashboardObserver observer = new DashboardObserver(DashboardPlugins.load());
        // Days of virtual time at 300x (then 1000x) last minutes: the run cannot finish during the test.
        // It waits for the page's Start button.
        control = SimulationControl.startable(Simulation.builder().scenario("fraud_attack").customers(300)
                .speed(Speed.of(300)).recordEvents(false).observer(observer).build());
        server = DashboardServer.builder().control(control).observer(observer)
                .port(0).backends("dry run").pushInterval(Duration.ofMillis(100)).start();
        http = new Http(server);
        browser = Browser.start(profile);
        browser.open(server.url());
    }

    @Test
    @Order(0)
    void theStartButtonBeginsTheRun() throws Exception {
        awaitText("state", "created");
        assertThat(enabled("btn-start")).as("#btn-start enabled before the run").isTrue();
        assertThat(enabled("btn-pause")).as("#btn-pause enabled before the run").isFalse();
        assertThat(control.started()).isNotDone();

        browser.byId("btn-start").click();
        run = control.started().get(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        awaitText("state", "running");
        assertThat(enabled("btn-start")).as("#btn-start enabled once running").isFalse();
    }

    @AfterAll
    static void closeAll() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            try {
                if (server != null) {
                    server.close();
                }
            } finally {
                if (run != null) {
                    run.stop();
                }
            }
        }
    }

    @Test
    @Order(1)
    void liveNumbersFeedAndChartsFlow() {
        awaitText("conn", "live");
        awaitText("state", "running");
        long first = browser.await(WAIT, "#m-transactions above 0", d -> {
            long n = count("m-transactions");
            return n > 0 ? n : null;
        });
        browser.await(WAIT, () -> "#m-transactions to grow past " + first + ", but it reads '"
                + shown("m-transactions") + "'", d -> count("m-transactions") > first);
        browser.await(WAIT, "a .feed-row in #feed", d -> !browser.all("#feed .feed-row").isEmpty());
        assertThat(browser.text("backends")).contains("dry run");
        assertThat(speedShown()).isEqualTo("300");
        assertThat(browser.text("progress")).matches("\\d+(\\.\\d+)?\\s?%");
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('#feed .feed-row')).map(r => r.className)");
        assertThat(rows).allSatisfy(c -> assertThat(c).containsAnyOf("d-approve", "d-review", "d-decline", "d-none"));
        for (String chart : List.of("chart-rate", "chart-detection", "chart-latency", "chart-errors")) {
            browser.await(WAIT, "a canvas in #" + chart, d -> !browser.all("#" + chart + " canvas").isEmpty());
        }
        assertThat(enabled("btn-pause")).as("#btn-pause enabled while running").isTrue();
        assertThat(enabled("btn-resume")).as("#btn-resume enabled while running").isFalse();
        browser.await(WAIT, () -> "the large-payments plug-in's panel to show its count, but it reads '"
                + browser.script("const e = document.querySelector('#plugin-large-payments [data-k=large]');"
                        + " return e ? e.textContent : '<no panel>'") + "'",
                d -> String.valueOf(browser.script("const e = document.querySelector("
                        + "'#plugin-large-payments [data-k=large]'); return e ? e.textContent : ''")).matches("\\d+"));
        assertThat(browser.text("plugin-large-payments")).contains("Large payments");
    }

    @Test
    @Order(2)
    void pauseFreezesTheVirtualTimeAndResumeMovesIt() {
        browser.byId("btn-pause").click();
        awaitText("state", "paused");
        JsonNode status = status();
        assertThat(status.path("state").asText()).isEqualTo("paused");
        assertThat(enabled("btn-resume")).as("#btn-resume enabled while paused").isTrue();
        assertThat(enabled("btn-pause")).as("#btn-pause enabled while paused").isFalse();

        // A push sent just before the pause may still land after the state flipped: let it.
        changesWithin(SETTLE, "virtual-time", browser.text("virtual-time"));
        String frozen = browser.text("virtual-time");
        assertThat(frozen).isNotBlank();
        assertThat(changesWithin(FROZEN, "virtual-time", frozen)).as("#virtual-time changed while paused").isFalse();
        assertThat(status().path("virtual_time").asText()).isEqualTo(status.path("virtual_time").asText());

        browser.byId("btn-resume").click();
        awaitText("state", "running");
        browser.await(WAIT, () -> "#virtual-time to move on from " + frozen + " after resume",
                d -> !browser.text("virtual-time").equals(frozen));
    }

    @Test
    @Order(3)
    void applyingASpeedSetsItOnTheServer() {
        applySpeed("1000");
        browser.await(WAIT, () -> "#speed-set to show 1000, but it shows '" + shown("speed-set") + "'",
                d -> speedShown().equals("1000"));
        assertThat(status().path("speed").path("set").asText()).isEqualTo("1000");
        assertThat(browser.byId("error-banner").isDisplayed()).as("#error-banner after a good speed").isFalse();
    }

    @Test
    @Order(6)
    void anInvalidSpeedShowsTheServersErrorAndKeepsTheSpeed() {
        applySpeed("-5");
        browser.await(WAIT, () -> "#error-banner to show (it reads '" + shown("error-banner") + "')",
                d -> browser.byId("error-banner").isDisplayed());
        assertThat(browser.text("error-banner")).contains("multiplier");
        assertThat(status().path("speed").path("set").asText()).isEqualTo("1000");
        assertThat(speedShown()).isEqualTo("1000");
    }

    @Test
    @Order(4)
    void theFeedShowsFraudOrMissedFraudAloneAndThePatternsTableFills() {
        browser.await(Duration.ofSeconds(60), "a row in #patterns (fraud_attack's first campaign)",
                d -> !browser.all("#patterns .pattern-row").isEmpty());
        browser.await(WAIT, "a fraud row in the feed", d -> !browser.all("#feed .feed-row.truth-fraud").isEmpty());

        browser.byId("view-fraud").click();
        browser.await(WAIT, "only fraud rows under 'Fraud'", d -> {
            List<String> classes = rowClasses();
            return !classes.isEmpty() && classes.stream().allMatch(c -> c.contains("truth-fraud"));
        });
        browser.byId("view-missed").click();
        browser.await(WAIT, "only missed fraud under 'Missed'", d -> rowClasses().stream()
                .allMatch(c -> c.contains("truth-fraud") && c.contains("d-approve")));
        browser.byId("view-all").click();
        browser.await(WAIT, "genuine rows again under 'All'", d -> rowClasses().stream()
                .anyMatch(c -> !c.contains("truth-fraud")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> rowClasses() {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('#feed .feed-row')).map(r => r.className)");
    }

    @Test
    @Order(5)
    void aScreenshotShowsTheFlowingPage() throws Exception {
        browser.await(WAIT, "10 rows in #feed", d -> browser.all("#feed .feed-row").size() >= 10);
        // fraud_attack's first campaign comes within a few virtual hours: seconds at 1000x
        browser.await(Duration.ofSeconds(60), "an .alert-row in #alerts", d -> !browser.all("#alerts .alert-row").isEmpty());
        // the whole page, for docs/images/dashboard.png
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1700));
        browser.script("window.scrollTo(0, 0)");
        long now = count("m-transactions");
        browser.await(WAIT, () -> "#m-transactions to grow past " + now + ", but it reads '"
                + shown("m-transactions") + "'", d -> count("m-transactions") > now);
        Path file = screenshots().resolve("dashboard.png");
        browser.screenshot(file);
        assertThat(Files.size(file)).isPositive();
        String extra = System.getProperty("bsim.screenshot");
        if (extra != null && !extra.isBlank()) {
            browser.screenshot(Path.of(extra));
        }
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1000));
    }

    @Test
    @Order(7)
    void theConsoleHasNoErrors() {
        List<LogEntry> entries = browser.console();
        List<LogEntry> severe = entries.stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !isTheRejectedSpeed(e))
                .toList();
        assertThat(severe).as("SEVERE console entries; the whole console:%n%s", entries.stream()
                .map(e -> e.getLevel() + " " + e.getMessage()).collect(Collectors.joining("\n"))).isEmpty();
    }

    @Test
    @Order(8)
    void stopEndsTheRunAndThePageKeepsItsEndWhenTheServerGoes() {
        browser.byId("btn-stop").click();
        awaitText("state", "stopped");
        for (String button : List.of("btn-start", "btn-pause", "btn-resume", "btn-stop")) {
            assertThat(enabled(button)).as("#" + button + " after the run stopped").isFalse();
        }

        server.close(); // after the console check: refused reconnections are console errors

        browser.await(WAIT, () -> "#conn to leave 'live', but it reads '" + shown("conn") + "'",
                d -> !browser.text("conn").equals("live"));
        assertThat(browser.text("state")).as("the run's last state, from its final snapshot").isEqualTo("stopped");
        assertThat(enabled("btn-pause")).isFalse();
    }

    /** Chromium logs every 4xx as a console error; the 400 the invalid speed earned is expected. */
    private static boolean isTheRejectedSpeed(LogEntry e) {
        return e.getMessage().contains("/api/control/speed") && e.getMessage().contains("status of 400");
    }

    private static void applySpeed(String multiplier) {
        WebElement input = browser.byId("speed-input");
        // Select and overwrite, as a user does: clear() fires no input event, so a page that keeps the
        // field's text in its own state puts the old text back.
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, multiplier);
        assertThat(input.getDomProperty("value")).as("#speed-input").isEqualTo(multiplier);
        browser.byId("speed-apply").click();
    }

    /** {@code #speed-set} without thousands separators or a trailing "x". */
    private static String speedShown() {
        return browser.text("speed-set").replaceAll("[,\\s]", "").replaceAll("[x×]$", "");
    }

    private static void awaitText(String id, String expected) {
        browser.await(WAIT, () -> "#" + id + " to read '" + expected + "', but it reads '" + shown(id) + "'",
                d -> browser.text(id).equals(expected));
    }

    /** The text of {@code #id} for a failure message, also when there is no such element. */
    private static String shown(String id) {
        try {
            return browser.text(id);
        } catch (WebDriverException e) {
            return "<no #" + id + ">";
        }
    }

    /** Whether the text of {@code #id} moves away from {@code value} within {@code window}. */
    private static boolean changesWithin(Duration window, String id, String value) {
        try {
            browser.await(window, "#" + id + " to change", d -> !browser.text(id).equals(value));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private static boolean enabled(String id) {
        return browser.byId(id).isEnabled();
    }

    /** The number in {@code #id}, read by its digits ({@code 1,234} is 1234); 0 while it has none. */
    private static long count(String id) {
        String digits = browser.text(id).replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Long.parseLong(digits);
    }

    /** target/screenshots of this module (failsafe sets basedir). */
    private static Path screenshots() {
        return Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    }

    private static JsonNode status() {
        return Http.json(http.get("/api/status"));
    }
}
