package io.bankingsim.dashboard;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;

/**
 * A headless Chromium driven through Selenium, for the dashboard's browser tests.
 *
 * <p>It runs Debian's {@code /usr/bin/chromium} with {@code /usr/bin/chromedriver} (overridden by the
 * system property or environment variable {@code BSIM_CHROMIUM} / {@code BSIM_CHROMEDRIVER}); both paths
 * are given to Selenium explicitly, so Selenium Manager never looks for or downloads a browser. A missing
 * browser or driver is a failure naming the path and {@code bash scripts/browser.sh}, not a skipped test.
 * Each browser gets a fresh profile in the directory it is given, and records the page's console so a
 * test can assert that nothing went wrong in it.
 *
 * <p>Not thread-safe: one test thread drives it.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "BSIM_CHROMIUM";
    static final String CHROMEDRIVER = "BSIM_CHROMEDRIVER";

    private final ChromeDriver driver;
    private final List<LogEntry> console = new ArrayList<>();

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    /** Starts a headless Chromium whose profile lives in {@code profile} (a fresh, empty directory). */
    static Browser start(Path profile) {
        Path chromium = executable(CHROMIUM, "/usr/bin/chromium", "Chromium");
        Path chromedriver = executable(CHROMEDRIVER, "/usr/bin/chromedriver", "ChromeDriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1440,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** The path named by the system property or environment variable {@code name}, else {@code fallback}. */
    private static Path executable(String name, String fallback, String what) {
        String configured = System.getProperty(name, System.getenv(name));
        Path path = Path.of(configured == null || configured.isBlank() ? fallback : configured);
        if (!Files.isExecutable(path)) {
            throw new AssertionError(what + " is missing: no executable " + path + " (set " + name
                    + " to another one). Install Debian's chromium and chromium-driver with: bash scripts/browser.sh");
        }
        return path;
    }

    /** The Selenium driver, for what this class does not wrap. */
    WebDriver driver() {
        return driver;
    }

    /** Loads {@code url}. */
    void open(String url) {
        driver.get(url);
    }

    /** The element with id {@code id}; fails when there is none. */
    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /**
     * The text content of the element with id {@code id}, whitespace collapsed. Its DOM text, not its
     * rendered text: a CSS {@code text-transform} does not change it.
     */
    String text(String id) {
        String content = byId(id).getDomProperty("textContent");
        return content == null ? "" : content.strip().replaceAll("\\s+", " ");
    }

    /** The elements matching the CSS {@code selector}. */
    List<WebElement> all(String selector) {
        return driver.findElements(By.cssSelector(selector));
    }

    /**
     * Polls {@code condition} every 50 ms until it returns a non-null, non-false value, and returns that;
     * after {@code timeout} fails with {@code what} (asked for then, so it can tell what the page shows).
     * A missing or re-rendered element counts as "not yet".
     */
    <T> T await(Duration timeout, Supplier<String> what, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(50));
        wait.withMessage(what).ignoring(StaleElementReferenceException.class);
        return wait.until(condition);
    }

    /** {@link #await(Duration, Supplier, Function)} with a fixed message. */
    <T> T await(Duration timeout, String what, Function<WebDriver, T> condition) {
        return await(timeout, () -> what, condition);
    }

    /** The result of running {@code script} (JavaScript, with {@code return}) in the page. */
    Object script(String script) {
        return driver.executeScript(script);
    }

    /** A PNG of the viewport, written to {@code file} (its directories are created). */
    void screenshot(Path file) throws IOException {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.write(file, png);
    }

    /**
     * Every console entry the page has logged since the browser started. Chromium hands each entry out
     * once, so this keeps what it has read.
     */
    List<LogEntry> console() {
        driver.manage().logs().get(LogType.BROWSER).forEach(console::add);
        return List.copyOf(console);
    }

    /** Quits the browser and its driver. */
    @Override
    public void close() {
        driver.quit();
    }
}
