package dev.itom.json;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * {@code /usr/bin/python3} for the tests that check itom's output as a Python client reads it: a
 * test runs when the modules it needs are there, is skipped when they are not, and fails when they
 * are not but the environment variable {@code CI} is set (CI installs them).
 */
final class Python {
  private Python() {}

  static final Path PATH = Path.of("/usr/bin/python3");

  /**
   * Skips the test unless python3 can import {@code modules} (a comma-separated list), or fails it
   * under CI, naming the Debian packages that provide them.
   */
  static void assumeModules(String modules, String debianPackages)
      throws IOException, InterruptedException {
    boolean present = hasModules(modules);
    if (!present && System.getenv("CI") != null) {
      fail(
          "CI is set but "
              + PATH
              + " with the modules "
              + modules
              + " is missing: install Debian's "
              + debianPackages
              + " so that the test runs");
    }
    assumeTrue(present, "python3 with " + modules + " is missing; skipped outside CI");
  }

  private static boolean hasModules(String modules) throws IOException, InterruptedException {
    if (!Files.isExecutable(PATH)) {
      return false;
    }
    Process process =
        new ProcessBuilder(PATH.toString(), "-c", "import " + modules)
            .redirectErrorStream(true)
            .start();
    process.getInputStream().readAllBytes();
    return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
  }
}
