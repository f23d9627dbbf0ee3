package dev.itom.render;

import static dev.itom.render.Fixtures.allElements;
import static dev.itom.render.Fixtures.parseXml;
import static dev.itom.render.Fixtures.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itom.diff.DiffText;
import dev.itom.diff.ModelDiff;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class DiffRendererTest {
  private static final OperatingModel BEFORE = DiffFixtures.before();
  private static final OperatingModel AFTER = DiffFixtures.after();
  private static final String SVG = DiffRenderer.svg(BEFORE, AFTER);

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  @Test
  void isWellFormedSvgOfItsOwnKind() {
    Element root = parseXml(SVG).getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
    assertThat(root.getAttribute("data-kind")).isEqualTo("value-chain-diff");
    assertThat(root.getAttribute("data-id")).isEqualTo("acme");
    assertThat(SVG).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg");
  }

  @Test
  void marksEachAddedChangedAndMovedElementWithAGlyphAndAWord() {
    Document svg = parseXml(SVG);
    assertMark(svg, "stage", "r2v.build", "changed", "~ changed");
    assertMark(svg, "stage", "r2v.check", "added", "+ added");
    assertMark(svg, "stage", "o2c.bill", "moved", "\u2194 moved");
    assertMark(svg, "chain", "improve", "added", "+ added");
    assertMark(svg, "stage", "improve.learn", "added", "+ added");
    assertMark(svg, "process", "security", "added", "+ added");
    assertMark(svg, "kpi", "lead-time", "changed", "~");
    List<Element> alignment =
        select(svg, "//*[@data-kind='change-mark'][@data-target='alignment']");
    assertThat(alignment).hasSize(1);
    assertThat(alignment.get(0).getAttribute("data-from")).isEqualTo("r2v.check");
    assertThat(alignment.get(0).getAttribute("data-to")).isEqualTo("r2v.run");
    assertThat(alignment.get(0).getAttribute("data-change")).isEqualTo("added");
    List<Element> model = select(svg, "//*[@data-kind='change-mark'][@data-target='model']");
    assertThat(model).hasSize(1);
    assertThat(model.get(0).getTextContent()).contains("version \"1\" -> \"2\"", "~ changed");
    // The unchanged elements carry no mark, and no element has two.
    for (String id : List.of("r2v.plan", "r2v.run", "o2c.order", "portfolio", "r2v", "o2c")) {
      assertThat(select(svg, "//*[@data-kind='change-mark'][@data-id='" + id + "']"))
          .as("mark on %s", id)
          .isEmpty();
    }
    assertThat(select(svg, "//*[@data-kind='change-mark']")).hasSize(9);
  }

  @Test
  void ghostsEveryRemovedElementBelowTheMapAndListsWhatTheMapDoesNotDraw() {
    Document svg = parseXml(SVG);
    for (String[] ghost :
        List.of(
            new String[] {"stage", "r2v.retire", "Retire"},
            new String[] {"chain", "ops", "Operations"},
            new String[] {"stage", "ops.watch", "Watch"},
            new String[] {"stage", "ops.fix", "Fix"},
            new String[] {"process", "supplier", "Supplier management"},
            new String[] {"kpi", "dso", "Days sales outstanding"})) {
      List<Element> found =
          select(
              svg,
              "//*[@data-kind='ghost'][@data-target='"
                  + ghost[0]
                  + "'][@data-id='"
                  + ghost[1]
                  + "']");
      assertThat(found).as("ghost of %s", ghost[1]).hasSize(1);
      assertThat(found.get(0).getAttribute("data-change")).isEqualTo("removed");
      assertThat(found.get(0).getTextContent()).contains(ghost[2], "\u2212 removed");
    }
    List<Element> alignment = select(svg, "//*[@data-kind='ghost'][@data-target='alignment']");
    assertThat(alignment).hasSize(1);
    assertThat(alignment.get(0).getAttribute("data-alignment")).isEqualTo("feedback");
    assertThat(alignment.get(0).getTextContent()).contains("Order \u2192 Plan");
    // A ghost is never drawn as a stage of the map, whose stages are the newer model's.
    for (Stage stage : AFTER.stages()) {
      assertThat(select(svg, "//*[@data-kind='stage'][@data-id='" + stage.id() + "']")).hasSize(1);
    }
    assertThat(select(svg, "//*[@data-kind='stage']")).hasSize(AFTER.stages().size());
    assertThat(select(svg, "//*[@data-kind='ghost-stage']")).hasSize(3);
    // The ghosts sit below the map's legend.
    double legend = bottom(select(svg, "//*[@data-kind='legend']/*[local-name()='line']").get(0));
    for (Element rect :
        select(svg, "//*[@data-kind='ghost']/*[local-name()='rect'][@stroke-dasharray]")) {
      assertThat(Double.parseDouble(rect.getAttribute("y"))).isGreaterThan(legend);
    }
    List<Element> lines = select(svg, "//*[@data-kind='change-line']");
    assertThat(lines)
        .extracting(e -> e.getAttribute("data-id"))
        .containsExactly("tester", "collab");
    assertThat(lines.get(0).getAttribute("data-change")).isEqualTo("removed");
    assertThat(lines.get(1).getTextContent()).contains("pricing.amount 7.50 -> 8.00");
  }

  @Test
  void keyExplainsEveryMarkAndCountsTheChanges() {
    Document svg = parseXml(SVG);
    List<Element> key = select(svg, "//*[@data-kind='change-key']");
    assertThat(key).hasSize(1);
    assertThat(key.get(0).getTextContent())
        .contains(ModelDiff.between(BEFORE, AFTER).changes().size() + " changes from ACME IT")
        .contains("+ added", "~ changed", "\u2194 moved", "\u2212 removed")
        .contains("1 element only reordered");
    assertThat(select(svg, "//*[@data-kind='legend']")).hasSize(1);
  }

  @Test
  void drawsTheNewerModelsMapUnchangedUnderTheMarks() {
    String map = SvgRenderer.render(AFTER);
    String body = map.substring(map.indexOf("<g data-kind=\"title\""), map.lastIndexOf("</svg>"));
    assertThat(SVG).contains(body);
  }

  @Test
  void equalModelsGiveTheMapWithoutMarks() {
    Document svg = parseXml(DiffRenderer.svg(AFTER, AFTER));
    assertThat(select(svg, "//*[@data-kind='change-mark']")).isEmpty();
    assertThat(select(svg, "//*[@data-kind='ghost']")).isEmpty();
    assertThat(select(svg, "//*[@data-kind='change-key']").get(0).getTextContent())
        .contains("0 changes from");
  }

  @Test
  void theOverloadsAgree() throws IOException {
    ModelDiff diff = ModelDiff.between(BEFORE, AFTER);
    assertThat(DiffRenderer.svg(BEFORE, AFTER, diff)).isEqualTo(SVG);
    StringWriter out = new StringWriter();
    DiffRenderer.svg(BEFORE, AFTER, out);
    assertThat(out.toString()).isEqualTo(SVG);
    String html = DiffRenderer.html(BEFORE, AFTER);
    assertThat(DiffRenderer.html(BEFORE, AFTER, diff)).isEqualTo(html);
    StringWriter page = new StringWriter();
    DiffRenderer.html(BEFORE, AFTER, page);
    assertThat(page.toString()).isEqualTo(html);
    assertThat(DiffRenderer.svg(BEFORE, AFTER)).isEqualTo(SVG);
  }

  @Test
  void rejectsNull() {
    ModelDiff diff = ModelDiff.empty();
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> DiffRenderer.svg(null, AFTER))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DiffRenderer.svg(BEFORE, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DiffRenderer.svg(BEFORE, AFTER, (ModelDiff) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DiffRenderer.svg(BEFORE, AFTER, diff, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DiffRenderer.html(null, AFTER, out))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DiffRenderer.html(BEFORE, AFTER, (Appendable) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void htmlGroupsTheChangesByElementAsTheTextReportDoes() {
    ModelDiff diff = ModelDiff.between(BEFORE, AFTER);
    Document html = parseXml(DiffRenderer.html(BEFORE, AFTER));
    List<DiffText.Line> lines = DiffText.lines(diff);
    List<Element> changes = rows(html, "changes");
    List<Element> order = rows(html, "order");
    assertThat(changes).hasSize((int) lines.stream().filter(l -> !l.presentational()).count());
    assertThat(order).hasSize(1);
    assertThat(order.get(0).getAttribute("data-id")).isEqualTo("product-owner");
    Element build = row(changes, "r2v.build");
    assertThat(build.getTextContent())
        .contains("~ changed", "stage r2v.build \"Build\"")
        .contains("name \"Build\" -> \"Design and build\"", "owner architect -> product-owner");
    assertThat(row(changes, "r2v.retire").getTextContent()).contains("\u2212 removed");
    assertThat(row(changes, "o2c.bill").getTextContent()).contains("\u2194 moved", "o2c at 1");
    assertThat(row(changes, "r2v.check").getTextContent()).contains("+ added");
    // The picture is inline, once.
    assertThat(select(html, "//*[local-name()='svg'][@data-kind='value-chain-diff']")).hasSize(1);
    assertThat(select(html, "//*[@data-kind='counts']").get(0).getTextContent())
        .contains("+ 4 added", "~ 4 changed", "\u2194 1 moved", "\u2212 6 removed");
  }

  @Test
  void hostileModelsStayTextInBothDirections() {
    OperatingModel hostile = Fixtures.hostileModel();
    OperatingModel reference = Fixtures.reference();
    for (String text :
        List.of(
            DiffRenderer.svg(hostile, reference),
            DiffRenderer.svg(reference, hostile),
            DiffRenderer.html(hostile, reference),
            DiffRenderer.html(reference, hostile))) {
      Document document = parseXml(text);
      for (Element element : allElements(document)) {
        assertThat(element.getLocalName()).isNotIn("script", "img", "iframe", "foreignObject");
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
          String name = element.getAttributes().item(i).getNodeName();
          assertThat(name).doesNotStartWith("on").isNotIn("xlink:href", "src", "style", "srcdoc");
          if (name.equals("href")) {
            assertThat(element.getAttribute("href")).matches("#[a-z]+");
          }
        }
      }
      assertThat(text).doesNotContain("<script", "<img", "<!--", "<![CDATA[", "\u0000", "\u202e");
      assertThat(document.getDocumentElement().getTextContent())
          .contains("<img src=x onerror=", "javascript:");
    }
    // The hostile names are on the map one way and among the ghosts the other way.
    Document ghosts = parseXml(DiffRenderer.svg(hostile, reference));
    assertThat(select(ghosts, "//*[@data-kind='ghost']")).isNotEmpty();
    assertThat(
            select(ghosts, "//*[@data-kind='ghost'][@data-target='stage']").get(0).getTextContent())
        .contains("\"><img src=x onerror=");
  }

  private static void assertMark(
      Document svg, String target, String id, String change, String label) {
    List<Element> marks =
        select(
            svg,
            "//*[@data-kind='change-mark'][@data-target='" + target + "'][@data-id='" + id + "']");
    assertThat(marks).as("mark on %s %s", target, id).hasSize(1);
    assertThat(marks.get(0).getAttribute("data-change")).isEqualTo(change);
    assertThat(marks.get(0).getTextContent()).as("the mark's text").contains(label);
  }

  private static double bottom(Element line) {
    return Double.parseDouble(line.getAttribute("y1"));
  }

  private static List<Element> rows(Document html, String table) {
    return select(
        html,
        "//*[local-name()='table'][@data-table='"
            + table
            + "']//*[local-name()='tr'][@data-kind='change']");
  }

  private static Element row(List<Element> rows, String id) {
    return rows.stream()
        .filter(r -> r.getAttribute("data-id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + id));
  }
}
