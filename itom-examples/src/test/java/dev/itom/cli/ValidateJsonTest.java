package dev.itom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.itom.json.ItomJson;
import dev.itom.templates.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code itom validate --format json}: the {@code itom-validation/1} document holds every problem
 * of every file, readable or not, with every field, and says the same as the lines on standard
 * error.
 */
class ValidateJsonTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static JsonNode validate(int expectedCode, String... files) throws Exception {
    String[] args = new String[files.length + 3];
    args[0] = "validate";
    args[1] = "--format";
    args[2] = "json";
    System.arraycopy(files, 0, args, 3, files.length);
    ItomCliTest.Run run = ItomCliTest.run(args);
    assertThat(run.code()).as(run.err()).isEqualTo(expectedCode);
    JsonNode tree = new ObjectMapper().readTree(run.out());
    assertThat(fieldNames(tree)).containsExactly("format", "files");
    assertThat(tree.get("format").isTextual()).isTrue();
    assertThat(tree.get("format").asText()).isEqualTo("itom-validation/1");
    assertThat(tree.get("files").isArray()).isTrue();
    assertThat(tree.get("files")).hasSize(files.length);
    // standard error says the same, one line per problem
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      JsonNode file = tree.get("files").get(i);
      assertThat(file.get("file").asText()).isEqualTo(files[i]);
      for (JsonNode warning : file.get("warnings")) {
        lines.add(
            files[i] + ":" + position(warning) + "warning: " + warning.get("message").asText());
      }
      for (JsonNode problem : file.get("problems")) {
        lines.add(files[i] + ":" + position(problem) + problem.get("message").asText());
      }
    }
    assertThat(run.err().lines()).containsExactlyElementsOf(lines);
    return tree;
  }

  private static String position(JsonNode problem) {
    String pointer = problem.get("pointer").asText();
    return problem.get("line").asInt()
        + ":"
        + problem.get("column").asInt()
        + ": "
        + (pointer.isEmpty() ? "/" : pointer)
        + ": ";
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Asserts an unreadable file's entry and returns its problems. */
  private static JsonNode unreadable(JsonNode file) {
    assertThat(fieldNames(file)).containsExactly("file", "readable", "problems", "warnings");
    assertThat(file.get("readable").isBoolean()).isTrue();
    assertThat(file.get("readable").asBoolean()).isFalse();
    assertThat(file.get("warnings").isArray()).isTrue();
    assertThat(file.get("warnings")).isEmpty();
    assertThat(file.get("problems").isArray()).isTrue();
    assertThat(file.get("problems")).isNotEmpty();
    return file.get("problems");
  }

  private static void assertProblem(
      JsonNode problem, String code, int line, int column, String pointer, String messagePart) {
    assertThat(fieldNames(problem)).containsExactly("code", "line", "column", "pointer", "message");
    assertThat(problem.get("code").isTextual()).isTrue();
    assertThat(problem.get("line").isInt()).isTrue();
    assertThat(problem.get("column").isInt()).isTrue();
    assertThat(problem.get("pointer").isTextual()).isTrue();
    assertThat(problem.get("message").isTextual()).isTrue();
    assertThat(problem.get("code").asText()).isEqualTo(code);
    assertThat(problem.get("line").asInt()).isEqualTo(line);
    assertThat(problem.get("column").asInt()).isEqualTo(column);
    assertThat(problem.get("pointer").asText()).isEqualTo(pointer);
    assertThat(problem.get("message").asText()).contains(messagePart);
  }

  @Test
  void aMissingFileSaysSoInTheDocument() throws Exception {
    String missing = dir.resolve("nope.json").toString();

    JsonNode problems = unreadable(validate(2, missing).get("files").get(0));

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "no-such-file", 1, 1, "", "no such file");
  }

  @Test
  void aDirectorySaysSoInTheDocument() throws Exception {
    JsonNode problems = unreadable(validate(2, dir.toString()).get("files").get(0));

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "is-a-directory", 1, 1, "", "is a directory");
  }

  /** Writes a document given as lines, with ' for ", validates it and returns its problems. */
  private JsonNode problemsOf(String name, String... lines) throws Exception {
    Path file = write(name, String.join("\n", lines).replace('\'', '"') + "\n");
    return unreadable(validate(2, file.toString()).get("files").get(0));
  }

  @Test
  void aSyntaxErrorHasItsLineAndColumn() throws Exception {
    JsonNode problems =
        problemsOf(
            "syntax.json",
            "{",
            "  'format': 'itom/1',",
            "  'id': 'm',",
            "  'roles': [",
            "    {'id': 'a' 'name': 'A'}",
            "  ]",
            "}");

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "syntax", 5, 16, "/roles/0", "not valid JSON");
  }

  @Test
  void emptyInputHasPositionZero() throws Exception {
    JsonNode problems = problemsOf("empty.json");

    assertThat(problems).hasSize(1);
    assertProblem(problems.get(0), "empty", 0, 0, "", "empty");
  }

  @Test
  void everyFormatProblemIsListed() throws Exception {
    JsonNode problems =
        problemsOf(
            "format.json",
            "{",
            "  'format': 'itom/1', 'name': 'M',",
            "  'id': 42,",
            "  'colour': 'blue'",
            "}");

    assertThat(problems).hasSize(2);
    assertProblem(problems.get(0), "wrong-type", 3, 9, "/id", "must be a string");
    assertProblem(problems.get(1), "unknown-field", 4, 3, "/colour", "colour");
  }

  @Test
  void everyInvariantViolationHasItsCodeAndPointer() throws Exception {
    JsonNode problems =
        problemsOf(
            "invariants.json",
            "{",
            "  'format': 'itom/1',",
            "  'id': 'm',",
            "  'name': 'M',",
            "  'roles': [{'id': 'a', 'name': 'A'}, {'id': 'a', 'name': ' '}],",
            "  'processes': [{'id': 'p', 'name': 'P', 'category': 'governing', 'owner': 'cto'}]",
            "}");

    assertThat(problems).hasSize(3);
    assertProblem(problems.get(0), "duplicate-id", 5, 46, "/roles/1/id", "\"a\"");
    assertProblem(problems.get(1), "blank-name", 5, 59, "/roles/1/name", "name");
    assertProblem(problems.get(2), "dangling-reference", 6, 76, "/processes/0/owner", "\"cto\"");
  }

  @Test
  void aReadableFileHasItsReportAndItsWarnings() throws Exception {
    String json = ItomJson.writer().writeToString(Templates.referenceModel());
    Path file = write("extra.json", json.replaceFirst("\"id\"", "\"colour\": \"blue\",\n  \"id\""));

    ItomCliTest.Run strict = ItomCliTest.run("validate", "--format", "json", file.toString());
    assertThat(strict.code()).isEqualTo(2);
    String[] args = {"validate", "--lenient", "--format", "json", file.toString()};
    ItomCliTest.Run run = ItomCliTest.run(args);
    assertThat(run.code()).isZero();
    JsonNode entry = new ObjectMapper().readTree(run.out()).get("files").get(0);

    assertThat(fieldNames(entry))
        .containsExactly("file", "readable", "problems", "warnings", "report");
    assertThat(entry.get("readable").asBoolean()).isTrue();
    assertThat(entry.get("problems")).isEmpty();
    assertThat(entry.get("warnings")).hasSize(1);
    assertProblem(entry.get("warnings").get(0), "unknown-field", 3, 3, "/colour", "colour");
    JsonNode report = entry.get("report");
    assertThat(report.get("format").asText()).isEqualTo("itom-report/1");
    assertThat(fieldNames(report.get("counts"))).containsExactly("error", "warning", "info");
    assertThat(report.get("findings").isArray()).isTrue();
    assertThat(run.err()).isEqualTo(file + ":3:3: /colour: warning: " + warning(entry) + "\n");
  }

  private static String warning(JsonNode entry) {
    return entry.get("warnings").get(0).get("message").asText();
  }

  @Test
  void readableAndUnreadableFilesTogether() throws Exception {
    Path ok = write("ok.json", ItomJson.writer().writeToString(Templates.referenceModel()));
    String missing = dir.resolve("missing.yaml").toString();

    JsonNode files = validate(2, ok.toString(), missing).get("files");

    assertThat(fieldNames(files.get(0)))
        .containsExactly("file", "readable", "problems", "warnings", "report");
    assertThat(files.get(0).get("readable").asBoolean()).isTrue();
    assertThat(files.get(0).get("problems")).isEmpty();
    assertThat(files.get(0).get("warnings")).isEmpty();
    assertThat(files.get(0).get("report").get("counts").get("error").asInt()).isZero();
    assertProblem(unreadable(files.get(1)).get(0), "no-such-file", 1, 1, "", "no such file");
  }

  @Test
  void findingsOfErrorSeverityExitOne() throws Exception {
    Path file =
        write(
            "weak.json",
            ItomJson.writer()
                .writeToString(
                    dev.itom.model.OperatingModel.builder("weak", "Weak")
                        .requirementToValue("r2v", "R2V", c -> c.stage("a", "A"))
                        .orderToCash("o2c", "O2C", c -> c.stage("b", "B"))
                        .build()));

    JsonNode entry = validate(1, file.toString()).get("files").get(0);

    assertThat(entry.get("readable").asBoolean()).isTrue();
    assertThat(entry.get("problems")).isEmpty();
    assertThat(entry.get("report").get("counts").get("error").asInt()).isPositive();
  }
}
