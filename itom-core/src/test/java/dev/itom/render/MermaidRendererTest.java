package dev.itom.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itom.model.OperatingModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MermaidRendererTest {
  /** A quoted label: entity codes and characters with no meaning to Mermaid. */
  private static final String LABEL = "(?:#\\d+;|[^\"<>\\[\\]{}|`#&\\\\\\n])*";

  private static final String ID = "[a-z][a-z0-9_]*";

  /** Every statement the renderer may write; a model's text must never add another. */
  private static final List<Pattern> GRAMMAR =
      List.of(
          Pattern.compile("---"),
          Pattern.compile("title: \"" + LABEL + "\""),
          Pattern.compile("flowchart LR"),
          Pattern.compile("  subgraph " + ID + "\\[\"" + LABEL + "\"\\]"),
          Pattern.compile("    direction LR"),
          Pattern.compile("    " + ID + "\\[\"" + LABEL + "<br/>" + LABEL + "\"\\]"),
          Pattern.compile("    " + ID + "\\(\\[\"" + LABEL + "\"\\]\\)"),
          Pattern.compile("    " + ID + "_empty\\[\"\\(no stages\\)\"\\]"),
          Pattern.compile("    " + ID + " --> " + ID),
          Pattern.compile("  " + ID + " (==>|-\\.->)\\|\"(handoff|feedback|alignment)\"\\| " + ID),
          Pattern.compile("  " + ID + " -\\.- " + ID),
          Pattern.compile("  end"),
          Pattern.compile(
              "  classDef [a-z0-9]+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},color:#[0-9a-f]{6}"),
          Pattern.compile("  style " + ID + " fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}"),
          Pattern.compile("  class " + ID + "(," + ID + ")* [a-z0-9]+"));

  @Test
  void chainsAreSubgraphsWithStagesInOrder() {
    String text = MermaidRenderer.render(Fixtures.reference());
    assertThat(text)
        .startsWith(
            "---\ntitle: \"ACME IT operating model \u00b7 version 2026.1\"\n---\nflowchart LR\n");
    assertThat(text)
        .contains("  subgraph c1[\"Requirement to Value\"]\n    direction LR\n")
        .contains("  subgraph c2[\"Order to Cash\"]\n")
        .contains("  subgraph governing[\"Governing and aligning processes\"]\n")
        .contains("    s1[\"Capture demand<br/>Business relationship manager\"]\n")
        .contains("    s1 --> s2\n")
        .contains("    s11 --> s12\n")
        .doesNotContain("s6 --> s7");
    assertThat(text.split("\n  end\n", -1)).hasSize(6); // 3 categories + 2 chains, then the edges
  }

  @Test
  void alignmentsAndSupportLinksAreEdges() {
    String text = MermaidRenderer.render(Fixtures.reference());
    assertThat(text)
        .contains("  s5 ==>|\"handoff\"| s7\n")
        .contains("  s3 -.->|\"alignment\"| s8\n")
        .contains("  s12 -.->|\"feedback\"| s6\n")
        .contains("  p1 -.- s2\n")
        .contains("  p1 -.- c1\n")
        .contains("  p3 -.- c2\n");
    long supportLinks = text.lines().filter(l -> l.matches("  p\\d+ -\\.- [sc]\\d+")).count();
    long expected =
        Fixtures.reference().processes().stream().mapToLong(p -> p.supports().size()).sum();
    assertThat(supportLinks).isEqualTo(expected);
  }

  @Test
  void everyLineFollowsTheGrammarEvenForAHostileModel() {
    for (OperatingModel model :
        List.of(Fixtures.reference(), Fixtures.hostileModel(), Fixtures.chainOf(40))) {
      String text = MermaidRenderer.render(model);
      for (String line : text.split("\n", -1)) {
        if (line.isEmpty()) {
          continue;
        }
        assertThat(GRAMMAR.stream().anyMatch(p -> p.matcher(line).matches()))
            .as("line %s", line)
            .isTrue();
      }
    }
  }

  @Test
  void hostileTextBecomesEntityCodesThatReadBack() {
    String text = MermaidRenderer.render(Fixtures.hostileModel());
    Matcher stage = Pattern.compile("    s1\\[\"(" + LABEL + ")<br/>").matcher(text);
    assertThat(stage.find()).isTrue();
    String decoded = decode(stage.group(1));
    assertThat(decoded).isEqualTo(Text.oneLine(Fixtures.hostile("stage a")));
    assertThat(decoded).contains("<script>", "-->", "[]", "\"", "|", "`");
    assertThat(text).doesNotContain("<script", "<img", "-->|", "\u0000");
  }

  @Test
  void emptyChainGetsAPlaceholderNode() {
    OperatingModel model =
        OperatingModel.builder("m", "M").requirementToValue("r2v", "R2V", c -> {}).build();
    assertThat(MermaidRenderer.render(model)).contains("    c1_empty[\"(no stages)\"]\n");
  }

  @Test
  void deterministicAndSameOnAnAppendable() throws IOException {
    StringWriter out = new StringWriter();
    MermaidRenderer.render(Fixtures.hostileModel(), out);
    assertThat(out.toString()).isEqualTo(MermaidRenderer.render(Fixtures.hostileModel()));
    assertThatThrownBy(() -> MermaidRenderer.render(null)).isInstanceOf(NullPointerException.class);
  }

  private static String decode(String label) {
    Matcher entity = Pattern.compile("#(\\d+);").matcher(label);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      entity.appendReplacement(
          out,
          Matcher.quoteReplacement(
              new String(Character.toChars(Integer.parseInt(entity.group(1))))));
    }
    entity.appendTail(out);
    return out.toString();
  }
}
