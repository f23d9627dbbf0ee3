package dev.itom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.itom.model.OperatingModel;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import dev.itom.rules.Severity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden files of {@code src/test/resources/itom-1}: every {@code valid-*.json} reads, writes
 * back byte-identical (unless its name says {@code noncanonical}), passes the JSON Schema and gives
 * no error finding of the standard rules (documents written before a rule existed stay valid);
 * every {@code invalid-*.json} fails with exactly the problems its {@code .expected} sidecar lists,
 * one per line as {@code LINE:COLUMN CODE POINTER} (the empty pointer of the document itself leaves
 * a trailing space), and is rejected by the schema where the sidecar says the schema can express
 * the rule.
 */
class GoldenFilesTest {
  /** A stable problem code: kebab-case. */
  private static final String CODE = "[a-z]+(-[a-z]+)*";

  private static Path dir() throws URISyntaxException {
    return Path.of(GoldenFilesTest.class.getResource("/itom-1").toURI());
  }

  private static List<Path> files(String prefix) throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @TestFactory
  Stream<DynamicTest> validFiles() throws Exception {
    List<Path> files = files("valid-");
    assertThat(files).hasSizeGreaterThanOrEqualTo(5);
    return files.stream()
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      byte[] original = Files.readAllBytes(file);
                      OperatingModel model = ItomJson.reader().read(file);
                      byte[] written = ItomJson.writer().writeToBytes(model);
                      if (file.getFileName().toString().contains("noncanonical")) {
                        assertThat(written).isNotEqualTo(original);
                        assertThat(ItomJson.writer().writeToBytes(ItomJson.reader().read(written)))
                            .isEqualTo(written);
                      } else {
                        assertThat(new String(written, StandardCharsets.UTF_8))
                            .isEqualTo(new String(original, StandardCharsets.UTF_8));
                        assertThat(written).isEqualTo(original);
                      }
                      assertThat(ItomJson.reader().read(written)).isEqualTo(model);
                      assertThat(Schemas.validate(new String(original, StandardCharsets.UTF_8)))
                          .as("schema errors")
                          .isEmpty();
                      assertThat(Schemas.validate(new String(written, StandardCharsets.UTF_8)))
                          .isEmpty();
                      Report report = Rules.standard().check(model);
                      assertThat(report.count(Severity.ERROR)).as(report.toText()).isZero();
                    }));
  }

  @TestFactory
  Stream<DynamicTest> invalidFiles() throws Exception {
    List<Path> files = files("invalid-");
    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    return files.stream()
        .map(file -> dynamicTest(file.getFileName().toString(), () -> checkInvalid(file)));
  }

  private static void checkInvalid(Path file) throws IOException {
    String name = file.getFileName().toString();
    Path sidecar = file.resolveSibling(name.replace(".json", ".expected"));
    List<String> expected = new ArrayList<>();
    String schema = null;
    for (String line : Files.readAllLines(sidecar)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      if (line.startsWith("schema: ")) {
        schema = line.substring("schema: ".length());
      } else {
        expected.add(line);
      }
    }
    assertThat(schema).as("schema line of %s", sidecar).isIn("reject", "accept", "skip");

    ItomJsonException e =
        catchThrowableOfType(ItomJsonException.class, () -> ItomJson.reader().read(file));
    assertThat(e).as("%s must be rejected", name).isNotNull();
    List<String> actual = new ArrayList<>();
    for (Problem problem : e.problems()) {
      assertThat(problem.code()).as("code of %s", problem).matches(CODE);
      actual.add(
          problem.line() + ":" + problem.column() + " " + problem.code() + " " + problem.pointer());
      String shown = problem.pointer().isEmpty() ? "/" : problem.pointer();
      assertThat(e.getMessage())
          .contains(problem.line() + ":" + problem.column() + ": " + shown + ": ");
      assertThat(problem.message()).isNotBlank();
    }
    assertThat(actual).containsExactlyElementsOf(expected);
    assertThat(e.source()).contains(file.toString());

    // the same problems when read from a string, a stream or bytes
    byte[] bytes = Files.readAllBytes(file);
    ItomJsonException fromString =
        catchThrowableOfType(
            ItomJsonException.class,
            () -> ItomJson.reader().read(new String(bytes, StandardCharsets.UTF_8)));
    assertThat(fromString.problems()).isEqualTo(e.problems());

    if (!schema.equals("skip")) {
      assertThat(Schemas.validate(new String(bytes, StandardCharsets.UTF_8)).isEmpty())
          .as("schema accepts %s", name)
          .isEqualTo(schema.equals("accept"));
    }
  }
}
