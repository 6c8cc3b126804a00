package cn.qingyang.assistance.e2e;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The browser of the {@code *BrowserIT} tests: Debian's {@code chromium} driven through its
 * {@code chromedriver}, both found on the machine (never downloaded: Selenium Manager is not asked).
 * Without them the tests are skipped, loudly, like the PostgreSQL run without a database
 * ({@link cn.qingyang.assistance.TestDatabase}); with {@code QINGYANG_TEST_BROWSER_REQUIRED=true}
 * (CI, {@code .ci/run}) a missing browser fails the build instead.
 * {@code QINGYANG_TEST_CHROMIUM} / {@code QINGYANG_TEST_CHROMEDRIVER} point at other binaries.
 */
public final class Chromium implements ExecutionCondition {

    static final String REQUIRED = "QINGYANG_TEST_BROWSER_REQUIRED";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Path> browser = browser();
        Optional<Path> driver = driver();
        if (browser.isPresent() && driver.isPresent()) {
            return ConditionEvaluationResult.enabled("chromium " + browser.get() + ", chromedriver " + driver.get());
        }
        String message = "Browser acceptance tests SKIPPED: " + (browser.isEmpty() ? "no chromium" : "")
                + (browser.isEmpty() && driver.isEmpty() ? " and " : "") + (driver.isEmpty() ? "no chromedriver" : "")
                + " found (apt-get install chromium chromium-driver; .ci/run does; see README, Browser acceptance tests)";
        if ("true".equals(System.getenv(REQUIRED))) {
            throw new IllegalStateException(message.replace("SKIPPED", "REQUIRED (" + REQUIRED + "=true) but cannot run"));
        }
        System.err.println();
        System.err.println("!!! " + message);
        System.err.println();
        return ConditionEvaluationResult.disabled(message);
    }

    static Optional<Path> browser() {
        return find("QINGYANG_TEST_CHROMIUM", "chromium", "chromium-browser");
    }

    static Optional<Path> driver() {
        return find("QINGYANG_TEST_CHROMEDRIVER", "chromedriver");
    }

    private static Optional<Path> find(String variable, String... names) {
        List<Path> candidates = new ArrayList<>();
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured); // this one, or none
            return Files.isRegularFile(path) && Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("") + File.pathSeparator + "/usr/bin";
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        return candidates.stream().filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }

    /** A new headless Chromium, Chinese, 1500x1100, with the page-load and script timeouts set. */
    static ChromeDriver start() {
        Path browser = browser().orElseThrow();
        Path driver = driver().orElseThrow();
        System.setProperty("webdriver.chrome.driver", driver.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1500,1100",
                "--lang=zh-CN", "--disable-gpu", "--no-first-run", "--disable-search-engine-choice-screen");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withEnvironment(java.util.Map.of("TZ", "Asia/Shanghai")).build(); // the county's time
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(30));
        return chrome;
    }
}
