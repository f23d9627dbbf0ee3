package dev.itom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.itom.json.ItomJson;
import dev.itom.json.ItomYaml;
import dev.itom.model.OperatingModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code itom diff} and {@code itom merge} run in-process: every exit code and format. */
class DiffMergeCliTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ItomCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** A model of two chains with one stage each, named {@code first} and {@code second}. */
  static OperatingModel model(String first, String second) {
    return OperatingModel.builder("m", "Model")
        .requirementToValue("r2v", "R2V", c -> c.stage("a", first))
        .orderToCash("o2c", "O2C", c -> c.stage("b", second))
        .build();
  }

  private String json(String name, OperatingModel model) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, ItomJson.writer().writeToString(model), StandardCharsets.UTF_8);
    return file.toString();
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  // ---- diff ----------------------------------------------------------------------------------

  @Test
  void diffOfEqualModelsExitsZero() throws Exception {
    Run run = run("diff", json("a.json", model("A", "B")), json("b.json", model("A", "B")));

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEqualTo("no changes\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void diffAsTextNamesTheChangeAndExitsOne() throws Exception {
    Run run = run("diff", json("a.json", model("A", "B")), json("b.json", model("A1", "B")));

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("a").contains("A1").doesNotContain("no changes");
  }

  @Test
  void diffAsJsonIsAnItomDiffDocumentToAFile() throws Exception {
    Path out = dir.resolve("out/diff.json");
    Run run =
        run(
            "diff",
            "--format",
            "json",
            "-o",
            out.toString(),
            json("a.json", model("A", "B")),
            json("b.json", model("A1", "B")));

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    JsonNode document = MAPPER.readTree(Files.readString(out));
    assertThat(document.path("format").asText()).isEqualTo("itom-diff/1");
    assertThat(document.path("changes")).hasSize(1);
    assertThat(document.path("changes").get(0).toString()).contains("\"A1\"");
  }

  @Test
  void diffAsPatchTurnsTheCanonicalJsonOfOldIntoNew() throws Exception {
    OperatingModel before = model("A", "B");
    OperatingModel after = model("A1", "B2");
    Run run = run("diff", "--format", "patch", json("a.json", before), json("b.json", after));

    assertThat(run.code()).isEqualTo(1);
    JsonNode patch = MAPPER.readTree(run.out());
    assertThat(patch.isArray()).isTrue();
    JsonNode document = MAPPER.readTree(ItomJson.writer().writeToString(before));
    int replaced = 0;
    for (JsonNode op : patch) {
      JsonPointer path = JsonPointer.compile(op.path("path").asText());
      switch (op.path("op").asText()) {
        case "test" -> assertThat(document.at(path)).isEqualTo(op.path("value"));
        case "replace" -> {
          ObjectNode parent = (ObjectNode) document.at(path.head());
          assertThat(parent.has(path.last().getMatchingProperty())).isTrue();
          parent.set(path.last().getMatchingProperty(), op.path("value"));
          replaced++;
        }
        default -> throw new AssertionError("unexpected operation " + op);
      }
    }
    assertThat(replaced).isEqualTo(2);
    assertThat(document).isEqualTo(MAPPER.readTree(ItomJson.writer().writeToString(after)));
  }

  @Test
  void diffOfAnUnreadableFileExitsTwoWithFileLineColumnPointer() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"itom/1\", \"name\": ", StandardCharsets.UTF_8);
    Run run = run("diff", json("a.json", model("A", "B")), broken.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).containsPattern("broken\\.json:\\d+:\\d+: /\\S*: ");
    assertThat(run.out()).isEmpty();
    assertNoStackTrace(run);

    Run missing = run("diff", dir.resolve("none.json").toString(), broken.toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json:1:1: /: no such file");
  }

  @Test
  void diffAsSvgDrawsTheChangesOnTheMapOfNewAndExitsOne() throws Exception {
    Path out = dir.resolve("pictures/diff.svg");
    Run run =
        run(
            "diff",
            "--as",
            "svg",
            "-o",
            out.toString(),
            json("a.json", model("A", "B")),
            json("b.json", model("A1", "B")));

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    String svg = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(svg)
        .startsWith("<?xml")
        .contains("data-kind=\"value-chain-diff\"")
        .contains(
            "data-kind=\"change-mark\" data-change=\"changed\" data-target=\"stage\""
                + " data-id=\"a\"")
        .contains("~ changed");
  }

  @Test
  void diffAsHtmlOfEqualModelsExitsZero() throws Exception {
    Path out = dir.resolve("diff.html");
    Run run =
        run(
            "diff",
            "--as",
            "html",
            "-o",
            out.toString(),
            json("a.json", model("A", "B")),
            json("b.json", model("A", "B")));

    assertThat(run.code()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("Content-Security-Policy", "No change to what the model says.")
        .doesNotContain("<script");
  }

  @Test
  void diffAsWithoutOutWritesThePictureToStandardOutput() throws Exception {
    Run run =
        run(
            "diff",
            "--as",
            "svg",
            json("a.json", model("A", "B")),
            json("b.json", model("A", "C")));

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).startsWith("<?xml").contains("data-id=\"b\"").endsWith("</svg>\n");
  }

  @Test
  void diffAsAnUnknownPictureOrWithFormatIsAUsageError() throws Exception {
    String a = json("a.json", model("A", "B"));
    String b = json("b.json", model("A1", "B"));
    Run png = run("diff", "--as", "png", a, b);
    assertThat(png.code()).isEqualTo(2);
    assertThat(png.err()).contains("--as").contains("png").contains("svg, html");
    assertThat(png.out()).isEmpty();
    assertNoStackTrace(png);

    Run both = run("diff", "--as", "svg", "--format", "json", a, b);
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--as draws the changes, --format writes them");
    assertThat(both.out()).isEmpty();
    assertNoStackTrace(both);
  }

  @Test
  void diffAsOfAnUnreadableFileExitsTwoAndWritesNothing() throws Exception {
    Path out = dir.resolve("never.svg");
    Run run =
        run(
            "diff",
            "--as",
            "svg",
            "-o",
            out.toString(),
            json("a.json", model("A", "B")),
            dir.resolve("none.json").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("none.json:1:1: /: no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void diffAndMergeHaveHelp() {
    assertThat(run("diff", "--help").out()).contains("OLD", "NEW", "--format", "patch");
    assertThat(run("merge", "--help").out()).contains("BASE", "OURS", "THEIRS", "--prefer");
  }

  // ---- merge ---------------------------------------------------------------------------------

  @Test
  void mergeOfEditsOfDifferentElementsIsCleanAndCanonical() throws Exception {
    Run run =
        run(
            "merge",
            json("base.json", model("A", "B")),
            json("ours.json", model("A1", "B")),
            json("theirs.json", model("A", "B2")));

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(ItomJson.writer().writeToString(model("A1", "B2")));
  }

  @Test
  void mergeKeepsTheSyntaxOfOursAndWritesToOut() throws Exception {
    Path ours = dir.resolve("ours.yaml");
    Files.writeString(ours, ItomYaml.writer().writeToString(model("A1", "B")));
    Path out = dir.resolve("merged.yaml");
    Run run =
        run(
            "merge",
            json("base.json", model("A", "B")),
            ours.toString(),
            json("theirs.json", model("A", "B2")),
            "-o",
            out.toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(ItomYaml.writer().writeToString(model("A1", "B2")));
  }

  @Test
  void mergeWithAConflictPrintsItWritesNothingAndExitsOne() throws Exception {
    Path out = dir.resolve("merged.json");
    Run run =
        run(
            "merge",
            json("base.json", model("A", "B")),
            json("ours.json", model("Ours", "B")),
            json("theirs.json", model("Theirs", "B2")),
            "-o",
            out.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(out).doesNotExist();
    assertThat(run.err().lines())
        .singleElement()
        .asString()
        .matches("/\\S+: conflict: ours \"Ours\", theirs \"Theirs\" \\(base \"A\"\\)");
  }

  @Test
  void mergePreferResolvesTheConflictWithThatSide() throws Exception {
    String base = json("base.json", model("A", "B"));
    String ours = json("ours.json", model("Ours", "B"));
    String theirs = json("theirs.json", model("Theirs", "B2"));

    Run preferOurs = run("merge", base, ours, theirs, "--prefer", "ours");
    Run preferTheirs = run("merge", base, ours, theirs, "--prefer", "theirs");

    assertThat(preferOurs.code()).isZero();
    assertThat(preferOurs.out()).isEqualTo(ItomJson.writer().writeToString(model("Ours", "B2")));
    assertThat(preferTheirs.code()).isZero();
    assertThat(preferTheirs.out())
        .isEqualTo(ItomJson.writer().writeToString(model("Theirs", "B2")));
  }

  @Test
  void mergeConflictsAsJsonAreTheItomDiffDocument() throws Exception {
    Run run =
        run(
            "merge",
            "--format",
            "json",
            json("base.json", model("A", "B")),
            json("ours.json", model("Ours", "B")),
            json("theirs.json", model("Theirs", "B")));

    assertThat(run.code()).isEqualTo(1);
    JsonNode document = MAPPER.readTree(run.err());
    assertThat(document.path("format").asText()).isEqualTo("itom-diff/1");
    assertThat(document.path("clean").asBoolean()).isFalse();
    JsonNode conflict = document.path("conflicts").get(0);
    assertThat(conflict.path("code").asText()).isEqualTo("both-changed");
    assertThat(conflict.path("ours").asText()).isEqualTo("Ours");
    assertThat(conflict.path("theirs").asText()).isEqualTo("Theirs");
    assertThat(conflict.path("base").asText()).isEqualTo("A");
  }

  @Test
  void mergeOfAnUnreadableFileExitsTwo() throws Exception {
    Run run =
        run(
            "merge",
            json("base.json", model("A", "B")),
            dir.resolve("none.json").toString(),
            json("theirs.json", model("A", "B")));

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("none.json:1:1: /: no such file");
    assertThat(run.out()).isEmpty();
    assertNoStackTrace(run);
  }
}
