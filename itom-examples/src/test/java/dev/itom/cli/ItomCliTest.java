package dev.itom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.json.ItomJson;
import dev.itom.json.ItomYaml;
import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command run in-process through picocli, with files in a temporary folder. */
class ItomCliTest {
  @TempDir Path dir;

  /** The outcome of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ItomCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private Path reference(String name) throws Exception {
    return write(name, ItomJson.writer().writeToString(Templates.referenceModel()));
  }

  private static void assertNoStackTrace(Run run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(run.out()).doesNotContain("\tat ");
  }

  // ---- validate ----------------------------------------------------------------------------

  @Test
  void validateAValidModelExitsZero() throws Exception {
    Run run = run("validate", reference("model.json").toString());

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("model.json").contains("ACME IT operating model");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validateAModelWithRuleErrorsExitsOne() throws Exception {
    OperatingModel weak =
        OperatingModel.builder("weak", "Weak")
            .requirementToValue("r2v", "R2V", c -> c.stage("a", "A"))
            .orderToCash("o2c", "O2C", c -> c.stage("b", "B"))
            .build();
    Path file = write("weak.json", ItomJson.writer().writeToString(weak));

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out()).contains("ITOM-R02").contains("error");
    assertNoStackTrace(run);
  }

  @Test
  void validateYamlByExtensionAndByContent() throws Exception {
    String yaml = ItomYaml.writer().writeToString(Templates.referenceModel());
    assertThat(run("validate", write("m.yaml", yaml).toString()).code()).isZero();
    assertThat(run("validate", write("m.itom", yaml).toString()).code()).isZero();
    assertThat(
            run(
                    "validate",
                    write("m2.itom", ItomJson.writer().writeToString(Templates.referenceModel()))
                        .toString())
                .code())
        .isZero();
  }

  @Test
  void unreadableInputExitsTwoWithFileLineColumnPointerMessage() throws Exception {
    Path file = write("bad.json", "{\n  \"format\": \"itom/1\",\n  \"id\": 42\n}\n");

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines()).isNotEmpty();
    assertThat(run.err().lines().findFirst().orElseThrow())
        .matches(java.util.regex.Pattern.quote(file.toString()) + ":3:\\d+: /id: .+");
    assertNoStackTrace(run);
  }

  @Test
  void everyInvariantViolationGetsItsOwnLine() throws Exception {
    String json =
        "{\n"
            + "  \"format\": \"itom/1\",\n"
            + "  \"id\": \"m\",\n"
            + "  \"name\": \"M\",\n"
            + "  \"roles\": [\n"
            + "    {\"id\": \"a\", \"name\": \"A\"},\n"
            + "    {\"id\": \"a\", \"name\": \" \"}\n"
            + "  ]\n"
            + "}\n";
    Path file = write("dup.json", json);

    Run run = run("validate", file.toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err().lines())
        .anySatisfy(line -> assertThat(line).startsWith(file + ":7:").contains(": /roles/1/id: "))
        .anySatisfy(
            line -> assertThat(line).startsWith(file + ":7:").contains(": /roles/1/name: "));
    assertNoStackTrace(run);
  }

  @Test
  void missingFileExitsTwo() {
    Run run = run("validate", dir.resolve("nope.json").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(dir.resolve("nope.json") + ":1:1: /: no such file");
    assertNoStackTrace(run);
  }

  @Test
  void oneUnreadableFileAmongSeveralExitsTwo() throws Exception {
    Run run = run("validate", reference("ok.json").toString(), write("empty.json", "").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.out()).contains("ok.json");
    assertThat(run.err()).contains("empty.json:");
  }

  @Test
  void validateAsJsonForPortals() throws Exception {
    Run run = run("validate", "--format", "json", reference("model.json").toString());

    assertThat(run.code()).isZero();
    com.fasterxml.jackson.databind.JsonNode tree =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(tree.path("files").get(0).path("file").asText()).endsWith("model.json");
    assertThat(tree.path("files").get(0).path("readable").asBoolean()).isTrue();
    assertThat(tree.path("files").get(0).path("report").isObject()).isTrue();
  }

  @Test
  void lenientSkipsUnknownFieldsWithAWarning() throws Exception {
    String json = ItomJson.writer().writeToString(Templates.referenceModel());
    Path file = write("extra.json", json.replaceFirst("\"id\"", "\"colour\": \"blue\",\n  \"id\""));

    assertThat(run("validate", file.toString()).code()).isEqualTo(2);
    Run lenient = run("validate", "--lenient", file.toString());
    assertThat(lenient.code()).isZero();
    assertThat(lenient.err()).contains("warning").contains("colour");
  }

  // ---- convert -----------------------------------------------------------------------------

  @Test
  void convertIsStable() throws Exception {
    Path yaml = write("m.yaml", ItomYaml.writer().writeToString(Templates.referenceModel()));
    Path json = dir.resolve("m.json");

    assertThat(run("convert", yaml.toString(), "--to", "json", "-o", json.toString()).code())
        .isZero();
    Run again = run("convert", json.toString());

    assertThat(again.code()).isZero();
    assertThat(again.out()).isEqualTo(Files.readString(json));
    assertThat(ItomJson.reader().read(json)).isEqualTo(Templates.referenceModel());
    Run toYaml = run("convert", json.toString(), "--to", "yaml");
    assertThat(toYaml.out()).isEqualTo(Files.readString(yaml));
  }

  @Test
  void convertOfUnreadableInputExitsTwo() throws Exception {
    Run run = run("convert", write("t.json", "{\"format\": \"itom/1\"").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).startsWith(dir.resolve("t.json") + ":1:");
    assertNoStackTrace(run);
  }

  // ---- new ---------------------------------------------------------------------------------

  @Test
  void newWritesTheReferenceTemplate() throws Exception {
    Path out = dir.resolve("new.json");

    assertThat(run("new", "-o", out.toString()).code()).isZero();

    assertThat(ItomJson.reader().read(out)).isEqualTo(Templates.referenceModel());
    assertThat(run("new", "--template", "two-core").out()).isEqualTo(Files.readString(out));
  }

  @Test
  void newWithUnknownTemplateIsAUsageError() {
    Run run = run("new", "--template", "nope");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown template 'nope'").contains("two-core");
  }

  @Test
  void newWritesASampleOfTheAskedSize() throws Exception {
    Path json = dir.resolve("sample.json");
    Run run = run("new", "--sample", "500", "-o", json.toString());

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
    OperatingModel model = ItomJson.reader().read(json);
    assertThat(model.elementCount()).isEqualTo(500);
    assertThat(model).isEqualTo(Templates.sample(500));

    Run yaml = run("new", "--sample", "120", "--to", "yaml");
    assertThat(yaml.code()).isZero();
    assertThat(ItomYaml.reader().read(yaml.out()).elementCount()).isEqualTo(120);
  }

  @Test
  void newWithASampleSizeOutOfRangeIsAUsageError() {
    for (String size : new String[] {"5", "-1", "19", "10001"}) {
      Run run = run("new", "--sample", size);

      assertThat(run.code()).as(size).isEqualTo(2);
      assertThat(run.err())
          .as(size)
          .contains("invalid --sample " + size + ": a sample model has 20 to 10000 elements")
          .contains("Usage: itom new");
      assertThat(run.out()).as(size).isEmpty();
      assertNoStackTrace(run);
    }
    Run notANumber = run("new", "--sample", "many");
    assertThat(notANumber.code()).isEqualTo(2);
    assertThat(notANumber.err()).contains("--sample").contains("many");
  }

  @Test
  void newTakesASampleOrATemplateNotBoth() {
    Run run = run("new", "--sample", "100", "--template", "it4it");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--sample and --template exclude each other");
    assertThat(run.out()).isEmpty();
  }

  // ---- render ------------------------------------------------------------------------------

  @Test
  void renderEveryFormat() throws Exception {
    Path model = reference("model.json");
    assertThat(run("render", model.toString(), "--as", "svg").out())
        .contains("<svg")
        .contains("Capture demand");
    assertThat(run("render", model.toString(), "--as", "mermaid").out())
        .contains("\nflowchart LR\n");
    assertThat(run("render", model.toString(), "--as", "dot").out()).contains("digraph");
    Path html = dir.resolve("report.html");
    assertThat(run("render", model.toString(), "--as", "html", "-o", html.toString()).code())
        .isZero();
    assertThat(Files.readString(html)).contains("<html").contains("ACME IT operating model");
  }

  @Test
  void renderWithUnknownFormatIsAUsageError() throws Exception {
    Run run = run("render", reference("model.json").toString(), "--as", "png");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("unknown format 'png'");
  }

  // ---- demo --------------------------------------------------------------------------------

  @Test
  void demoWritesWhatItSaysAndItsJsonReadsBackEqual() throws Exception {
    Path out = dir.resolve("demo");

    Run run = run("demo", out.toString());

    assertThat(run.code()).isZero();
    for (String name :
        new String[] {
          "reference-model.json", "reference-model.yaml", "value-chain-map.svg", "report.html"
        }) {
      assertThat(out.resolve(name)).isNotEmptyFile();
      assertThat(run.out()).contains(out.resolve(name).toString());
    }
    assertThat(ItomJson.reader().read(out.resolve("reference-model.json")))
        .isEqualTo(Templates.referenceModel());
    assertThat(ItomYaml.reader().read(out.resolve("reference-model.yaml")))
        .isEqualTo(Templates.referenceModel());
    assertThat(run.out())
        .contains("Requirement to Value")
        .contains("Order to Cash")
        .contains("governing: Portfolio management")
        .contains("enabling: Project management")
        .contains("Enterprise collaboration")
        .contains(
            "    option Basic: per-user 4.00 EUR per user/month, lead time P1D, availability 99.5"
                + " %, restore 8 h\n")
        .contains("Team file shares (service, retiring, on-premises, fixed 1200.00 EUR per month)")
        .contains("Findings: 0 errors");
  }

  // ---- usage -------------------------------------------------------------------------------

  @Test
  void helpAndVersionEverywhere() {
    for (String command : new String[] {"validate", "convert", "new", "render", "demo"}) {
      Run help = run(command, "--help");
      assertThat(help.code()).as(command).isZero();
      assertThat(help.out()).as(command).contains("Usage: itom " + command);
      Run version = run(command, "--version");
      assertThat(version.code()).isZero();
      assertThat(version.out()).startsWith("itom ");
    }
    assertThat(run("--help").out()).contains("validate").contains("convert").contains("demo");
    assertThat(run("--version").out()).matches("itom \\d+\\.\\d+\\.\\d+.*\\R");
  }

  @Test
  void aNamedCommandBehavesAsInTheWholeTree() {
    // a command line that names a command builds that command alone (for start-up time); its
    // usage, its errors and the top-level listing must be those of the whole command tree
    String[] commands = {"validate", "convert", "new", "render", "demo", "diff", "merge"};
    Run top = run("--help");
    int previous = -1;
    for (String command : commands) {
      Run alone = run(command, "--help");
      Run inTree = run("help", command);
      assertThat(alone.out()).as(command).isEqualTo(inTree.out());
      Run wrong = run(command, "--bogus");
      assertThat(wrong.code()).as(command).isEqualTo(2);
      assertThat(wrong.err()).as(command).contains("Usage: itom " + command);
      int at = top.out().indexOf("\n  " + command + " ");
      assertThat(at).as(command + " listed in order").isGreaterThan(previous);
      previous = at;
    }
    Run unknown = run("validat", "x.json");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unmatched argument").contains("validate");
  }

  @Test
  void unknownOptionsGiveUsageAndExitTwo() {
    Run run = run("validate", "--bogus", "x.json");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--bogus'").contains("Usage: itom validate");
    assertThat(run("--bogus").code()).isEqualTo(2);
    assertThat(run().code()).isEqualTo(2);
  }
}
