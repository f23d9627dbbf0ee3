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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MermaidRendererTest {
  /** A quoted label: entity codes and characters with no meaning to Mermaid. */
  private static final String LABEL = "(?:#\\d+;|[^\"<>\\[\\]{}|`#&\\\\\\n])*";

  private static final String ID = "[a-z][a-z0-9_]*";

  /** A YAML double-quoted scalar: printable characters but quote and backslash, or an escape. */
  private static final String YAML =
      "\"(?:[^\"\\\\\\p{Cntrl}\\x{80}-\\x{9F}\\x{2028}\\x{2029}\\x{FEFF}]|\\\\[\"\\\\tnr0]"
          + "|\\\\x[0-9A-F]{2}|\\\\u[0-9A-F]{4}|\\\\U[0-9A-F]{8})*\"";

  /** Every statement the renderer may write; a model's text must never add another. */
  private static final List<Pattern> GRAMMAR =
      List.of(
          Pattern.compile("---"),
          Pattern.compile("title: " + YAML),
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
  void theTitleIsAYamlStringNotEntityCodes() {
    OperatingModel model = OperatingModel.builder("rd", "R&D IT \"core\" model").build();
    assertThat(MermaidRenderer.render(model))
        .startsWith("---\ntitle: \"R&D IT \\\"core\\\" model\"\n---\nflowchart LR\n")
        .doesNotContain("#38;", "#34;");
    OperatingModel hostile = Fixtures.hostileModel();
    Matcher title =
        Pattern.compile("(?m)^title: (" + YAML + ")$").matcher(MermaidRenderer.render(hostile));
    assertThat(title.find()).isTrue();
    assertThat(readYaml(title.group(1)))
        .isEqualTo(
            Text.oneLine(hostile.name() + " \u00b7 version " + hostile.version().orElseThrow()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "R&D IT \"core\" model",
        "key: value # not a comment",
        "#1 ---\n--- %%{init: {}}%%",
        "back\\slash \\\" \\n and 'single' quotes",
        "- [a, b] {c: d} *alias &anchor !tag | > ? @ `",
        "line\nbreak\r\nand\ttab",
        "\u0000\u0001\u0007\u001b\u001f\u007f\u0085\u009f\u00a0",
        "\u2028\u2029\ufeff\ufffe\uffff\ud800",
        "Caf\u00e9 \u65e5\u672c\u8a9e \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \ud83d\ude00 e\u0301",
        ""
      })
  void yamlStringsReadBackToTheirText(String text) {
    String quoted = MermaidRenderer.yamlString(text);
    assertThat(quoted).matches(YAML);
    assertThat(quoted.chars().filter(c -> c == '\n' || c == '\r').count()).isZero();
    assertThat(readYaml(quoted)).isEqualTo(text);
  }

  @Test
  void yamlStringsEscapeWhatYamlDoesNotPrint() {
    assertThat(MermaidRenderer.yamlString("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(MermaidRenderer.yamlString("<script>")).isEqualTo("\"\\x3Cscript\\x3E\"");
    assertThat(MermaidRenderer.yamlString("\t\n\r\u0000\u001b\u007f\u0085"))
        .isEqualTo("\"\\t\\n\\r\\0\\x1B\\x7F\\x85\"");
    assertThat(MermaidRenderer.yamlString("\u2028\ufeff\ud800x"))
        .isEqualTo("\"\\u2028\\uFEFF\\uD800x\"");
    assertThat(MermaidRenderer.yamlString("\u00e9\u65e5\ud83d\ude00:#"))
        .isEqualTo("\"\u00e9\u65e5\ud83d\ude00:#\"");
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

  /**
   * Reads a YAML double-quoted scalar as the YAML 1.2 specification says, for the escapes that
   * {@link MermaidRenderer#yamlString} writes.
   */
  private static String readYaml(String quoted) {
    assertThat(quoted).startsWith("\"").endsWith("\"");
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < quoted.length() - 1; i++) {
      char c = quoted.charAt(i);
      if (c != '\\') {
        assertThat(c).as("unescaped quote at %d", i).isNotEqualTo('"');
        out.append(c);
        continue;
      }
      char e = quoted.charAt(++i);
      switch (e) {
        case '"', '\\' -> out.append(e);
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case '0' -> out.append('\u0000');
        case 'x', 'u', 'U' -> {
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          out.appendCodePoint(Integer.parseInt(quoted.substring(i + 1, i + 1 + digits), 16));
          i += digits;
        }
        default -> throw new AssertionError("unknown escape \\" + e + " in " + quoted);
      }
    }
    return out.toString();
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
