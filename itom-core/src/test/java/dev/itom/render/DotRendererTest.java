package dev.itom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.itom.model.OperatingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DotRendererTest {
  /**
   * A double-quoted DOT string: anything but a quote, a backslash or a line break, or an escape.
   */
  private static final String QUOTED = "\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\"";

  private static final String ID = "[a-z][a-z0-9_]*";

  private static final List<Pattern> GRAMMAR =
      List.of(
          Pattern.compile("digraph operating_model \\{"),
          Pattern.compile("  graph \\[label=" + QUOTED + ", labelloc=t, .*\\];"),
          Pattern.compile("  (node|edge) \\[[^\"]*(\"[^\"]*\"[^\"]*)*\\];"),
          Pattern.compile("  subgraph cluster_" + ID + " \\{"),
          Pattern.compile(
              "    label="
                  + QUOTED
                  + "; style=\"rounded,filled\"; fillcolor=\"#[0-9a-f]{6}\";"
                  + " color=\"#[0-9a-f]{6}\";"),
          Pattern.compile(
              "    "
                  + ID
                  + " \\[(shape=cds, style=filled, )?label="
                  + QUOTED
                  + ", fillcolor=\"#[0-9a-f]{6}\", color=\"#[0-9a-f]{6}\"\\];"),
          Pattern.compile("    " + ID + "_empty \\[label=\"\\(no stages\\)\"\\];"),
          Pattern.compile("    " + ID + " -> " + ID + " \\[weight=10\\];"),
          Pattern.compile(
              "  "
                  + ID
                  + " -> "
                  + ID
                  + " \\[style=(solid|dashed|dotted), penwidth=1.6, constraint=false,"
                  + " label=\"(handoff|feedback|alignment)\"\\];"),
          Pattern.compile(
              "  "
                  + ID
                  + " -> "
                  + ID
                  + " \\[style=dotted, arrowhead=none, color=\"#888888\"(, lhead=cluster_"
                  + ID
                  + ")?\\];"),
          Pattern.compile("  \\}"),
          Pattern.compile("\\}"));

  @Test
  void chainsAreClustersAndAlignmentsEdges() {
    String text = DotRenderer.render(Fixtures.reference());
    assertThat(text)
        .startsWith(
            "digraph operating_model {\n"
                + "  graph [label=\"ACME IT operating model \u00b7 version 2026.1\"")
        .contains("  subgraph cluster_c1 {\n    label=\"Requirement to Value\";")
        .contains("  subgraph cluster_c2 {\n    label=\"Order to Cash\";")
        .contains("  subgraph cluster_governing {")
        .contains("label=\"Capture demand\\nBusiness relationship manager\"")
        .contains("    s1 -> s2 [weight=10];\n")
        .contains("  s5 -> s7 [style=solid, penwidth=1.6, constraint=false, label=\"handoff\"];\n")
        .contains(
            "  s12 -> s6 [style=dashed, penwidth=1.6, constraint=false, label=\"feedback\"];\n")
        .contains(
            "  s3 -> s8 [style=dotted, penwidth=1.6, constraint=false, label=\"alignment\"];\n")
        .contains("  p1 -> s2 [style=dotted, arrowhead=none, color=\"#888888\"];\n")
        .contains(
            "  p1 -> s1 [style=dotted, arrowhead=none, color=\"#888888\", lhead=cluster_c1];\n")
        .endsWith("}\n");
  }

  @Test
  void everyLineFollowsTheGrammarEvenForAHostileModel() {
    for (OperatingModel model :
        List.of(Fixtures.reference(), Fixtures.hostileModel(), Fixtures.chainOf(40))) {
      for (String line : DotRenderer.render(model).split("\n")) {
        assertThat(GRAMMAR.stream().anyMatch(p -> p.matcher(line).matches()))
            .as("line %s", line)
            .isTrue();
      }
    }
  }

  @Test
  void hostileTextIsQuotedAndReadsBack() {
    String text = DotRenderer.render(Fixtures.hostileModel());
    Matcher label = Pattern.compile("  graph \\[label=(" + QUOTED + ")").matcher(text);
    assertThat(label.find()).isTrue();
    String unquoted =
        label
            .group(1)
            .substring(1, label.group(1).length() - 1)
            .replace("\\n", "\n")
            .replace("\\\"", "\"")
            .replace("\\\\", "\\");
    assertThat(unquoted)
        .startsWith("model \"><img src=x")
        .contains("\\N", "-->", "<script>")
        .doesNotContain("\u0000", "\u202e");
    assertThat(DotRenderer.quote("a\\\"b\nc")).isEqualTo("\"a\\\\\\\"b\\nc\"");
  }

  @Test
  void graphvizAcceptsTheOutput(@TempDir Path dir) throws Exception {
    Path dot = Path.of("/usr/bin/dot");
    assumeTrue(Files.isExecutable(dot), "Graphviz is not installed");
    for (OperatingModel model : List.of(Fixtures.reference(), Fixtures.hostileModel())) {
      Path in = dir.resolve(model.id() + ".dot");
      Files.writeString(in, DotRenderer.render(model), StandardCharsets.UTF_8);
      Path out = dir.resolve(model.id() + ".svg");
      Path err = dir.resolve(model.id() + ".err");
      Process process =
          new ProcessBuilder(dot.toString(), "-Tsvg", "-o", out.toString(), in.toString())
              .redirectError(err.toFile())
              .start();
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("dot finished").isTrue();
      assertThat(process.exitValue()).as("dot: %s", read(err)).isZero();
      String svg = read(out);
      assertThat(svg).doesNotContain("<script", "<img");
      if (model.id().equals("hostile")) {
        assertThat(svg).contains("&lt;script&gt;document.title=");
      } else {
        assertThat(svg).contains("Capture demand");
      }
    }
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
