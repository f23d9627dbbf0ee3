package dev.itom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.itom.model.OperatingModel;
import dev.itom.templates.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DotRendererTest {
  private static final Path DOT = Path.of("/usr/bin/dot");

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** The room a stage's text keeps from its outline, left and right, in Graphviz points. */
  private static final double MARGIN = 2;

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
                  + " \\[(shape=cds, style=filled, margin=\"0\\.24,0\\.12\", )?label="
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
        .contains("label=\"Capture demand\\nBusiness relationship\\nmanager\"")
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
    requireDot();
    for (OperatingModel model : List.of(Fixtures.reference(), Fixtures.hostileModel())) {
      String svg = graphviz(dir, model);
      assertThat(svg).doesNotContain("<script", "<img");
      if (model.id().equals("hostile")) {
        assertThat(svg).contains("&lt;script&gt;document.title=");
      } else {
        assertThat(svg).contains("Capture demand");
      }
    }
  }

  static Stream<Arguments> drawnModels() {
    return Stream.of(
        Arguments.of("reference", Templates.referenceModel()),
        Arguments.of(Templates.IT4IT, Templates.it4it()),
        Arguments.of(Templates.ITIL4, Templates.itil4()),
        Arguments.of("five chains", Fixtures.fiveChains()),
        Arguments.of("forty stages", Fixtures.chainOf(40)));
  }

  /**
   * Graphviz draws every stage as an arrow-shaped box ({@code cds}); each line of its label, at the
   * width the map's text estimate gives it (on the wide side of Helvetica), lies inside that
   * polygon with room to spare, as Graphviz itself placed them.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("drawnModels")
  void eachStageLabelLiesInsideItsArrow(String name, OperatingModel model, @TempDir Path dir)
      throws Exception {
    requireDot();
    Document svg = Fixtures.parseXml(graphviz(dir, model));
    int stages = 0;
    for (Element node : Fixtures.select(svg, "//*[local-name()='g'][@class='node']")) {
      String id = node.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent();
      if (!id.matches("s\\d+")) {
        continue;
      }
      stages++;
      List<double[]> polygon =
          points(
              ((Element) node.getElementsByTagNameNS(SVG_NS, "polygon").item(0))
                  .getAttribute("points"));
      NodeList texts = node.getElementsByTagNameNS(SVG_NS, "text");
      assertThat(texts.getLength()).as("lines of %s", id).isGreaterThanOrEqualTo(2);
      for (int i = 0; i < texts.getLength(); i++) {
        Element text = (Element) texts.item(i);
        double x = Double.parseDouble(text.getAttribute("x"));
        double y = Double.parseDouble(text.getAttribute("y"));
        double size = Double.parseDouble(text.getAttribute("font-size"));
        double half = Text.width(text.getTextContent(), size, false) / 2 + MARGIN;
        double[][] corners = {
          {x - half, y - 0.8 * size}, {x + half, y - 0.8 * size},
          {x - half, y + 0.25 * size}, {x + half, y + 0.25 * size}
        };
        for (double[] corner : corners) {
          assertThat(inside(corner, polygon))
              .as(
                  "'%s' of %s (%s) reaches %s beyond its outline %s",
                  text.getTextContent(),
                  id,
                  name,
                  Arrays.toString(corner),
                  node.getElementsByTagNameNS(SVG_NS, "polygon")
                      .item(0)
                      .getAttributes()
                      .getNamedItem("points")
                      .getNodeValue())
              .isTrue();
        }
      }
    }
    assertThat(stages).isEqualTo(model.stages().size());
  }

  /** Fails when Graphviz is missing under CI, which installs it; elsewhere skips the test. */
  private static void requireDot() {
    boolean present = Files.isExecutable(DOT);
    if (!present && System.getenv("CI") != null) {
      fail("CI is set but " + DOT + " is missing: install Graphviz (apt-get install -y graphviz)");
    }
    assumeTrue(present, DOT + " is not installed; the Graphviz test is skipped outside CI");
  }

  /** Renders a model's DOT with {@code dot -Tsvg} and returns Graphviz's SVG. */
  private static String graphviz(Path dir, OperatingModel model) throws Exception {
    Path in = dir.resolve(model.id() + ".dot");
    Files.writeString(in, DotRenderer.render(model), StandardCharsets.UTF_8);
    Path out = dir.resolve(model.id() + ".svg");
    Path err = dir.resolve(model.id() + ".err");
    Process process =
        new ProcessBuilder(DOT.toString(), "-Tsvg", "-o", out.toString(), in.toString())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("dot finished").isTrue();
    assertThat(process.exitValue()).as("dot: %s", read(err)).isZero();
    return read(out);
  }

  /** The corners of an SVG polygon. */
  private static List<double[]> points(String points) {
    List<double[]> corners = new ArrayList<>();
    for (String point : points.trim().split("\\s+")) {
      String[] xy = point.split(",");
      corners.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
    }
    return corners;
  }

  /** Whether a point lies inside a polygon (even-odd rule). */
  private static boolean inside(double[] p, List<double[]> polygon) {
    boolean in = false;
    for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
      double[] a = polygon.get(i);
      double[] b = polygon.get(j);
      if ((a[1] > p[1]) != (b[1] > p[1])
          && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) {
        in = !in;
      }
    }
    return in;
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
