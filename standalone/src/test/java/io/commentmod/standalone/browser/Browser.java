package io.commentmod.standalone.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for browser tests: Debian's {@code chromium} driven by its own
 * {@code chromedriver}, both found at fixed paths (no driver download), each session with a fresh
 * profile. Tests that need it call {@link #assumeAvailable()} and are skipped where it is missing.
 * With {@code SCREENSHOTS=1} (or {@code -Dscreenshots=true}) {@link #screenshot} saves PNGs to
 * {@code docs/screenshots/}.
 */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

  private Browser() {}

  static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static void assumeAvailable() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
    Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "no chromedriver at " + CHROMEDRIVER);
  }

  static WebDriver open() {
    Path profile;
    try {
      profile = Files.createTempDirectory("chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
        "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
    return driver;
  }

  static boolean screenshotsWanted() {
    String env = System.getenv("SCREENSHOTS");
    return "1".equals(env) || "true".equalsIgnoreCase(env) || Boolean.getBoolean("screenshots");
  }

  /** Saves what the browser shows as docs/screenshots/{name}.png when screenshots are wanted. */
  static void screenshot(WebDriver driver, String name) {
    if (!screenshotsWanted()) return;
    Path dir = Path.of(System.getProperty("screenshots.dir", "../docs/screenshots"));
    try {
      Files.createDirectories(dir);
      File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Files.copy(png.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Quits every driver, ignoring failures: a test's cleanup must not hide its result. */
  static void quitAll(List<WebDriver> drivers) {
    for (WebDriver d : new ArrayList<>(drivers)) {
      try {
        d.quit();
      } catch (RuntimeException e) {
        // already gone
      }
    }
    drivers.clear();
  }
}
