package io.bankingsim.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page in headless Chromium against a dashboard that wants a control token: a control asks
 * for the token, a wrong one is named as such, and the right one repeats the action.
 */
class DashboardTokenBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path profile;

    private static final FakeControl CONTROL = new FakeControl();
    private static DashboardServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        CONTROL.state = "running";
        server = DashboardServer.builder().control(CONTROL).port(0).requireToken(true).token("s3cret-token")
                .backends("dry run").start();
        browser = Browser.start(profile);
        browser.open(server.url());
    }

    @AfterAll
    static void close() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void aControlAsksForTheTokenAndIsRepeatedWithIt() {
        browser.await(WAIT, "#state to read running", d -> browser.text("state").equals("running"));

        browser.byId("btn-pause").click();
        browser.await(WAIT, "the token box", d -> !browser.all("#token-input").isEmpty());
        assertThat(browser.text("error-text")).contains("Authorization: Bearer");
        assertThat(CONTROL.state).isEqualTo("running");

        enterToken("not-it");
        browser.await(WAIT, () -> "the error to name a wrong token, but it reads '" + browser.text("error-text") + "'",
                d -> browser.text("error-text").startsWith("wrong token"));
        assertThat(CONTROL.state).isEqualTo("running");

        enterToken("s3cret-token");
        browser.await(WAIT, () -> "#state to read paused, but it reads '" + browser.text("state") + "'",
                d -> browser.text("state").equals("paused"));
        assertThat(CONTROL.state).as("the pause was repeated with the token").isEqualTo("paused");
        assertThat(browser.byId("error-banner").isDisplayed()).isFalse();

        browser.byId("btn-resume").click();
        browser.await(WAIT, "#state to read running again (the token is kept for the tab)",
                d -> browser.text("state").equals("running"));
    }

    private static void enterToken(String token) {
        var input = browser.byId("token-input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, token);
        input.sendKeys(Keys.ENTER);
    }
}
