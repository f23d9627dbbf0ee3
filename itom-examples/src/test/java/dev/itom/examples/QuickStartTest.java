package dev.itom.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Splitter;
import dev.itom.json.ItomJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link QuickStart} is the program of README's "Using the library", and it runs: each statement of
 * README's Java block is in QuickStart's source, in the same order (whitespace and comments aside),
 * and running it prints the report, the JSON and an equal read-back.
 */
class QuickStartTest {
  private static final String HEADING = "## Using the library";

  @Test
  void quickStartHasTheStatementsOfTheReadmeInTheirOrder() throws IOException {
    Path root = projectRoot();
    List<String> statements = statements(readmeBlock(Files.readString(root.resolve("README.md"))));
    String source =
        normalize(
            Files.readString(
                root.resolve("itom-examples/src/main/java/dev/itom/examples/QuickStart.java")));

    assertThat(statements).as("statements of the README block").hasSizeGreaterThanOrEqualTo(5);
    int from = 0;
    for (String statement : statements) {
      int at = source.indexOf(statement, from);
      assertThat(at)
          .as(
              "QuickStart.java has, after the statements before it, the README statement%n  %s",
              statement)
          .isNotNegative();
      from = at + statement.length();
    }
  }

  @Test
  void quickStartRuns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);

    assertThat(printed)
        .contains("ACME IT")
        .contains("\"format\": \"itom/1\"")
        .contains("Read back: equal to the model")
        .containsPattern("Value-chain map: \\d+ characters of SVG");
    String json = printed.substring(printed.indexOf('{'), printed.lastIndexOf('}') + 1);
    assertThat(ItomJson.reader().read(json).offering("collaboration")).isPresent();
  }

  /** The project's root: the first folder upwards from here with README.md and itom-examples. */
  private static Path projectRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("README.md"))
          && Files.isDirectory(dir.resolve("itom-examples"))) {
        return dir;
      }
    }
    throw new AssertionError("no README.md above " + Path.of("").toAbsolutePath());
  }

  /** The first {@code ```java} block after the heading "Using the library". */
  static String readmeBlock(String readme) {
    int heading = readme.indexOf("\n" + HEADING + "\n");
    assertThat(heading).as("README heading %s", HEADING).isNotNegative();
    int open = readme.indexOf("\n```java\n", heading);
    assertThat(open).as("a java block after %s", HEADING).isNotNegative();
    int start = open + "\n```java\n".length();
    int close = readme.indexOf("\n```", start);
    assertThat(close).as("the end of the java block").isPositive();
    return readme.substring(start, close);
  }

  /** The statements of a block of code, each normalized and ending with its semicolon. */
  static List<String> statements(String code) {
    List<String> out = new ArrayList<>();
    for (String statement : Splitter.on(';').omitEmptyStrings().split(normalize(code))) {
      out.add(statement + ";");
    }
    return out;
  }

  /**
   * Code without line comments and without the whitespace that formatting moves: every run of
   * whitespace becomes one space, then spaces next to punctuation go. (Good enough for code whose
   * strings hold no {@code //}, which the README's and QuickStart's do not.)
   */
  static String normalize(String code) {
    return code.replaceAll("//[^\n]*", "")
        .replaceAll("\\s+", " ")
        .replaceAll(" ?([^\\w\\s\"]) ?", "$1")
        .trim();
  }
}
