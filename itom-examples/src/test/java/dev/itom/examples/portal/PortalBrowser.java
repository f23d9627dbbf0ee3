package dev.itom.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's {@code chromium}) pointed at a running portal: loads a URL over HTTP,
 * with the portal's own headers and Content-Security-Policy in force, and returns the DOM after the
 * page loaded; a screenshot goes to {@code target/screenshots/}. Without Chromium the caller's test
 * is skipped, unless the environment variable {@code CI} is set: there it fails.
 */
final class PortalBrowser {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final long TIMEOUT_SECONDS = 90;

  private PortalBrowser() {}

  static String load(URI uri, String screenshotName, Path work) throws Exception {
    boolean present = Files.isExecutable(CHROMIUM);
    if (!present && System.getenv("CI") != null) {
      fail("CI is set but " + CHROMIUM + " is missing: install Debian's chromium package");
    }
    assumeTrue(present, CHROMIUM + " is not installed; the browser test is skipped outside CI");
    Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
    Path screenshot = screenshots.resolve(screenshotName + ".png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    Path out = work.resolve(screenshotName + ".dom");
    Path err = work.resolve(screenshotName + ".err");
    Process process =
        new ProcessBuilder(
                List.of(
                    CHROMIUM.toString(),
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--hide-scrollbars",
                    "--user-data-dir=" + Files.createTempDirectory(work, "profile"),
                    "--window-size=1400,2400",
                    "--virtual-time-budget=5000",
                    "--screenshot=" + screenshot,
                    "--dump-dom",
                    uri.toString()))
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      fail("chromium did not load " + uri + " within " + TIMEOUT_SECONDS + " s");
    }
    assertThat(process.exitValue())
        .as("chromium exit code; stderr: %s", Files.readString(err, StandardCharsets.UTF_8))
        .isZero();
    assertThat(screenshot).as("screenshot of %s", uri).exists();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
