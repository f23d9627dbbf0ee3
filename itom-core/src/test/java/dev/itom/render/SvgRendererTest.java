package dev.itom.render;

import static dev.itom.render.Fixtures.allElements;
import static dev.itom.render.Fixtures.parseXml;
import static dev.itom.render.Fixtures.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itom.model.Alignment;
import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.model.SupportProcess;
import dev.itom.model.ValueChain;
import dev.itom.rules.Report;
import dev.itom.templates.Templates;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgRendererTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  @Test
  void referenceMapIsWellFormedSvg() {
    Document svg = parseXml(SvgRenderer.render(Fixtures.reference()));
    Element root = svg.getDocumentElement();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
    assertThat(root.getAttribute("viewBox")).startsWith("0 0 ");
  }

  @Test
  void sameModelGivesSameBytes() {
    assertThat(SvgRenderer.render(Fixtures.reference()))
        .isEqualTo(SvgRenderer.render(Fixtures.reference()));
    assertThat(SvgRenderer.render(Fixtures.hostileModel()))
        .isEqualTo(SvgRenderer.render(Fixtures.hostileModel()));
  }

  @Test
  void writesTheSameToAnAppendable() throws IOException {
    StringWriter out = new StringWriter();
    SvgRenderer.render(Fixtures.reference(), out);
    assertThat(out.toString()).isEqualTo(SvgRenderer.render(Fixtures.reference()));
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> SvgRenderer.render(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SvgRenderer.render(Fixtures.reference(), null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void titleHoldsTheModelNameAndVersion() {
    Document svg = parseXml(SvgRenderer.render(Fixtures.reference()));
    Element title = select(svg, "//*[@data-kind='title']").get(0);
    assertThat(title.getTextContent()).contains("ACME IT operating model").contains("2026.1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "hostile", "two", "forty"})
  void everyStageProcessChainAndAlignmentAppears(String which) {
    OperatingModel model = model(which);
    Document svg = parseXml(SvgRenderer.render(model));
    for (Stage stage : model.stages()) {
      assertThat(select(svg, "//*[@data-kind='stage'][@data-id='" + stage.id() + "']"))
          .as("stage %s", stage.id())
          .hasSize(1);
    }
    for (ValueChain chain : model.valueChains()) {
      assertThat(select(svg, "//*[@data-kind='chain'][@data-id='" + chain.id() + "']"))
          .as("chain %s", chain.id())
          .hasSize(1);
    }
    for (SupportProcess process : model.processes()) {
      List<Element> found =
          select(svg, "//*[@data-kind='process'][@data-id='" + process.id() + "']");
      assertThat(found).as("process %s", process.id()).hasSize(1);
    }
    assertThat(select(svg, "//*[@data-kind='alignment']")).hasSize(model.alignments().size());
    for (Alignment alignment : model.alignments()) {
      assertThat(
              select(
                  svg,
                  "//*[@data-kind='alignment'][@data-from='"
                      + alignment.from()
                      + "'][@data-to='"
                      + alignment.to()
                      + "'][@data-alignment='"
                      + alignment.kind().code()
                      + "']"))
          .as("alignment %s", alignment)
          .hasSize(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "hostile", "two", "forty"})
  void noTwoChevronsOverlap(String which) {
    Document svg = parseXml(SvgRenderer.render(model(which)));
    List<double[]> boxes = new ArrayList<>();
    for (Element polygon : select(svg, "//*[@data-kind='stage']/*[local-name()='polygon']")) {
      boxes.add(bounds(polygon.getAttribute("points")));
    }
    assertThat(boxes).hasSize(model(which).stages().size());
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] a = boxes.get(i);
        double[] b = boxes.get(j);
        boolean overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
        assertThat(overlap).as("chevrons %d and %d overlap", i, j).isFalse();
      }
    }
  }

  @Test
  void stagesRunLeftToRightInChainOrderAndRowsDoNotShare() {
    OperatingModel model = Fixtures.reference();
    Document svg = parseXml(SvgRenderer.render(model));
    double previousBottom = Double.NEGATIVE_INFINITY;
    for (ValueChain chain : model.valueChains()) {
      double previousX = Double.NEGATIVE_INFINITY;
      double top = Double.NaN;
      double bottom = Double.NaN;
      for (Stage stage : chain.stages()) {
        double[] box = chevron(svg, stage.id());
        assertThat(box[0]).as("x of %s", stage.id()).isGreaterThan(previousX);
        previousX = box[0];
        top = box[1];
        bottom = box[3];
      }
      assertThat(top)
          .as("row of %s starts below the previous row", chain.id())
          .isGreaterThan(previousBottom);
      previousBottom = bottom;
    }
  }

  @Test
  void processesSitAboveTheChainsOverWhatTheySupport() {
    OperatingModel model = Fixtures.reference();
    Document svg = parseXml(SvgRenderer.render(model));
    double firstRowTop = chevron(svg, "r2v.demand")[1];
    for (SupportProcess process : model.processes()) {
      Element rect =
          select(
                  svg,
                  "//*[@data-kind='process'][@data-id='"
                      + process.id()
                      + "']/*[local-name()='rect']")
              .get(0);
      double x1 = Double.parseDouble(rect.getAttribute("x"));
      double x2 = x1 + Double.parseDouble(rect.getAttribute("width"));
      double y2 =
          Double.parseDouble(rect.getAttribute("y"))
              + Double.parseDouble(rect.getAttribute("height"));
      assertThat(y2).as("%s is above the chains", process.id()).isLessThan(firstRowTop);
      for (String supported : process.supports()) {
        List<Stage> stages =
            model
                .stage(supported)
                .map(List::of)
                .orElseGet(() -> model.valueChain(supported).get().stages());
        for (Stage stage : stages) {
          double[] box = chevron(svg, stage.id());
          double centre = (box[0] + box[2]) / 2;
          assertThat(centre).as("%s spans %s", process.id(), stage.id()).isBetween(x1, x2);
        }
      }
    }
  }

  @Test
  void alignmentKindsDifferByLinePatternNotOnlyByColour() {
    Document svg = parseXml(SvgRenderer.render(Fixtures.reference()));
    Set<String> patterns = new java.util.HashSet<>();
    for (String kind : new String[] {"handoff", "feedback", "alignment"}) {
      Element line =
          select(
                  svg,
                  "//*[@data-kind='alignment'][@data-alignment='"
                      + kind
                      + "']/*[local-name()='path'][2]")
              .get(0);
      patterns.add(line.getAttribute("stroke-dasharray"));
      assertThat(line.getAttribute("marker-end")).isEqualTo("url(#itom-arrow)");
    }
    assertThat(patterns).hasSize(3).contains("");
  }

  @Test
  void rowsCloseOnTheirValueWithTheirKpis() {
    Document svg = parseXml(SvgRenderer.render(Fixtures.reference()));
    Element r2v = select(svg, "//*[@data-kind='outcome'][@data-chain='r2v']").get(0);
    assertThat(r2v.getTextContent()).contains("Value realized").contains("Business value realized");
    assertThat(select(svg, "//*[@data-kind='outcome'][@data-chain='r2v']//*[@data-kind='kpi']"))
        .extracting(e -> e.getAttribute("data-id"))
        .containsExactly("kpi.value-realized", "kpi.time-to-value");
    Element o2c = select(svg, "//*[@data-kind='outcome'][@data-chain='o2c']").get(0);
    assertThat(o2c.getTextContent()).contains("Cash and IT benefit").contains("IT cost recovered");
    double outcomeLeft =
        bounds(
            ((Element) o2c.getElementsByTagNameNS(SVG_NS, "polygon").item(0))
                .getAttribute("points"))[0];
    assertThat(outcomeLeft).isGreaterThan(chevron(svg, "o2c.benefit")[2]);
  }

  @Test
  void legendExplainsShapesAndLines() {
    Document svg = parseXml(SvgRenderer.render(Fixtures.reference()));
    String legend = select(svg, "//*[@data-kind='legend']").get(0).getTextContent();
    assertThat(legend)
        .contains(
            "handoff",
            "feedback",
            "alignment",
            "Requirement-to-Value stage",
            "Order-to-Cash stage",
            "supports a stage");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 40})
  void shortAndLongChainsStayReadable(int stages) {
    OperatingModel model = Fixtures.chainOf(stages);
    Document svg = parseXml(SvgRenderer.render(model));
    Element root = svg.getDocumentElement();
    // Drawn at full size: wide maps scroll rather than shrink.
    assertThat(Double.parseDouble(root.getAttribute("width")))
        .isGreaterThanOrEqualTo(stages * MapLayout.CHEVRON_WIDTH);
    double inner = MapLayout.CHEVRON_WIDTH - 2 * MapLayout.POINT - 12;
    for (Stage stage : model.stages()) {
      Element group = select(svg, "//*[@data-kind='stage'][@data-id='" + stage.id() + "']").get(0);
      String tooltip = group.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent();
      assertThat(tooltip).as("full name in the tooltip").startsWith(stage.name());
      List<Element> texts =
          select(
              svg, "//*[@data-kind='stage'][@data-id='" + stage.id() + "']/*[local-name()='text']");
      assertThat(texts).isNotEmpty().hasSizeLessThanOrEqualTo(5);
      StringBuilder shown = new StringBuilder();
      for (Element text : texts) {
        double size = Double.parseDouble(text.getAttribute("font-size"));
        assertThat(size).isGreaterThanOrEqualTo(10);
        boolean bold = "bold".equals(text.getAttribute("font-weight"));
        assertThat(Text.width(text.getTextContent(), size, bold))
            .as("line '%s' of %s fits its chevron", text.getTextContent(), stage.id())
            .isLessThanOrEqualTo(inner);
        shown.append(text.getTextContent()).append(' ');
      }
      if (stage.name().length() > 60) {
        assertThat(shown.toString()).contains(Text.ELLIPSIS);
      } else {
        assertThat(shown.toString()).contains(stage.name());
      }
    }
  }

  @Test
  void hostileModelStaysText() {
    OperatingModel model = Fixtures.hostileModel();
    String text = SvgRenderer.render(model);
    Document svg = parseXml(text);
    Set<String> allowed =
        Set.of(
            "svg", "title", "desc", "defs", "marker", "path", "rect", "g", "text", "polygon",
            "line");
    for (Element element : allElements(svg)) {
      assertThat(allowed).as("element %s", element.getTagName()).contains(element.getLocalName());
      assertThat(element.getNamespaceURI()).isEqualTo(SVG_NS);
      for (int i = 0; i < element.getAttributes().getLength(); i++) {
        String name = element.getAttributes().item(i).getNodeName();
        assertThat(name).doesNotStartWith("on").isNotIn("href", "xlink:href", "src", "style");
      }
    }
    assertThat(text)
        .doesNotContain("<script", "<img", "<a ", "<!--", "<![CDATA[", "\u0000", "\u202e");
    // The payload is shown as text, for example in the title and the tooltips.
    String title =
        select(svg, "//*[local-name()='svg']/*[local-name()='title']").get(0).getTextContent();
    assertThat(title)
        .contains(Fixtures.hostile("model").substring(0, 40))
        .contains("version version \"><img src=x onerror=")
        .doesNotContain("\u0007");
    String header = select(svg, "//*[@data-kind='title']").get(0).getTextContent();
    assertThat(header).startsWith("model \"><img src=x");
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("<script>document.title='pwned'</script>")
        .contains("javascript:");
  }

  private static OperatingModel model(String which) {
    switch (which) {
      case "hostile":
        return Fixtures.hostileModel();
      case "two":
        return Fixtures.chainOf(2);
      case "forty":
        return Fixtures.chainOf(40);
      default:
        return Fixtures.reference();
    }
  }

  private static double[] chevron(Document svg, String stageId) {
    Element polygon =
        select(svg, "//*[@data-kind='stage'][@data-id='" + stageId + "']/*[local-name()='polygon']")
            .get(0);
    return bounds(polygon.getAttribute("points"));
  }

  /** {minX, minY, maxX, maxY} of an SVG points list. */
  static double[] bounds(String points) {
    double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (String point : points.trim().split("\\s+")) {
      String[] xy = point.split(",");
      double x = Double.parseDouble(xy[0]);
      double y = Double.parseDouble(xy[1]);
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
    return box;
  }

  @Test
  void emptyModelStillGivesAMapThatNamesWhatIsMissing() {
    OperatingModel model = OperatingModel.builder("empty", "Empty model").build();
    Document svg = parseXml(SvgRenderer.render(model));
    assertThat(select(svg, "//*[@data-kind='band']")).hasSize(3);
    assertThat(svg.getDocumentElement().getTextContent())
        .contains(
            "No governing process in this model.", "No enabling process", "No supporting process");
    assertThat(select(svg, "//*[@data-kind='stage']")).isEmpty();
    parseXml(HtmlReport.render(model, Report.of(List.of())));
  }

  @Test
  void processThatSupportsNothingIsSetApart() {
    Document svg = parseXml(SvgRenderer.render(Fixtures.hostileModel()));
    Element bar =
        select(svg, "//*[@data-kind='process'][@data-id='support']/*[local-name()='rect']").get(0);
    assertThat(bar.getAttribute("stroke-dasharray")).isNotEmpty();
    List<Element> name =
        select(svg, "//*[@data-kind='process'][@data-id='support']/*[local-name()='text']");
    assertThat(name).hasSize(3);
    assertThat(name.get(2).getTextContent()).endsWith(Text.ELLIPSIS);
    assertThat(
            select(svg, "//*[@data-kind='process'][@data-id='support']/*[local-name()='title']")
                .get(0)
                .getTextContent())
        .contains("Supports: nothing yet");
    Element attached =
        select(svg, "//*[@data-kind='process'][@data-id='gov']/*[local-name()='rect']").get(0);
    assertThat(attached.getAttribute("stroke-dasharray")).isEmpty();
    // It sits over the outcome column, right of every chevron.
    double x = Double.parseDouble(bar.getAttribute("x"));
    for (Element polygon : select(svg, "//*[@data-kind='stage']/*[local-name()='polygon']")) {
      assertThat(x).isGreaterThan(bounds(polygon.getAttribute("points"))[2]);
    }
  }

  static Stream<Arguments> drawnModels() {
    return Stream.of(
        Arguments.of("reference", Fixtures.reference()),
        Arguments.of("it4it", Templates.it4it()),
        Arguments.of("itil4", Templates.itil4()),
        Arguments.of("five chains", Fixtures.fiveChains()));
  }

  /** Every alignment is drawn with a label: none is dropped for want of room. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("drawnModels")
  void everyAlignmentHasALabel(String name, OperatingModel model) {
    Document svg = parseXml(SvgRenderer.render(model));
    for (Alignment a : model.alignments()) {
      assertThat(
              select(
                  svg,
                  "//*[@data-kind='alignment-label'][@data-from='"
                      + a.from()
                      + "'][@data-to='"
                      + a.to()
                      + "']"))
          .as("label of %s", a)
          .hasSize(1);
    }
  }

  @Test
  void numberedArrowsAreListedInTheLegend() {
    Document svg = parseXml(SvgRenderer.render(Fixtures.crossedChains(4)));
    List<Element> numbered = select(svg, "//*[@data-kind='alignment-label'][@data-number]");
    List<Element> notes = select(svg, "//*[@data-kind='legend']/*[@data-kind='alignment-note']");
    assertThat(numbered).isNotEmpty().hasSameSizeAs(notes);
    for (int i = 0; i < numbered.size(); i++) {
      Element label = numbered.get(i);
      assertThat(label.getAttribute("data-number")).isEqualTo(Integer.toString(i + 1));
      assertThat(label.getTextContent()).isEqualTo(Integer.toString(i + 1));
      String from = label.getAttribute("data-from").replace("r", "R ").replace("o", "O ");
      String to = label.getAttribute("data-to").replace("r", "R ").replace("o", "O ");
      String kind =
          select(
                  svg,
                  "//*[@data-kind='alignment'][@data-from='"
                      + label.getAttribute("data-from")
                      + "'][@data-to='"
                      + label.getAttribute("data-to")
                      + "']")
              .get(0)
              .getAttribute("data-alignment");
      assertThat(notes.get(i).getTextContent())
          .isEqualTo((i + 1) + kind + ": " + from + " \u2192 " + to);
    }
  }

  /** No arrow, as drawn, passes over a stage it does not join. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("drawnModels")
  void noArrowPassesOverAStageItDoesNotJoin(String name, OperatingModel model) {
    Document svg = parseXml(SvgRenderer.render(model));
    for (Element arrow : select(svg, "//*[@data-kind='alignment']")) {
      String d = ((Element) arrow.getElementsByTagNameNS(SVG_NS, "path").item(1)).getAttribute("d");
      List<double[]> points = sample(d);
      for (Stage stage : model.stages()) {
        if (stage.id().equals(arrow.getAttribute("data-from"))
            || stage.id().equals(arrow.getAttribute("data-to"))) {
          continue;
        }
        double[] box = chevron(svg, stage.id());
        for (double[] p : points) {
          assertThat(p[0] > box[0] && p[0] < box[2] && p[1] > box[1] && p[1] < box[3])
              .as(
                  "%s -> %s passes over %s at %s",
                  arrow.getAttribute("data-from"),
                  arrow.getAttribute("data-to"),
                  stage.id(),
                  Arrays.toString(p))
              .isFalse();
        }
      }
    }
  }

  /** The markers under one process bar are all drawn at different places. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("drawnModels")
  void noTwoMarkersOfAProcessAreDrawnOnEachOther(String name, OperatingModel model) {
    Document svg = parseXml(SvgRenderer.render(model));
    for (SupportProcess process : model.processes()) {
      List<String> shapes = new ArrayList<>();
      List<Element> drawn =
          select(
              svg,
              "//*[@data-kind='process'][@data-id='"
                  + process.id()
                  + "']//*[local-name()='path' or local-name()='rect']");
      // The first rect is the bar; every other shape is a marker.
      for (Element shape : drawn.subList(1, drawn.size())) {
        String where =
            shape.getAttribute("d")
                + shape.getAttribute("x")
                + ","
                + shape.getAttribute("y")
                + ","
                + shape.getAttribute("width");
        assertThat(shapes).as("markers of %s", process.id()).doesNotContain(where);
        shapes.add(where);
      }
      assertThat(drawn.get(0).getLocalName()).isEqualTo("rect");
    }
  }

  /** Every process's whole name and its owner's whole name are on the map, not just a tooltip. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("drawnModels")
  void everyProcessShowsItsWholeNameAndOwner(String name, OperatingModel model) {
    Document svg = parseXml(SvgRenderer.render(model));
    for (SupportProcess process : model.processes()) {
      StringBuilder shown = new StringBuilder();
      for (Element text :
          select(
              svg,
              "//*[@data-kind='process'][@data-id='"
                  + process.id()
                  + "']/*[local-name()='text']")) {
        shown.append(text.getTextContent()).append(' ');
      }
      assertThat(shown.toString()).as("process %s", process.id()).contains(process.name());
      process
          .owner()
          .flatMap(model::role)
          .ifPresent(r -> assertThat(shown.toString()).contains(r.name()));
      assertThat(shown.toString()).doesNotContain(Text.ELLIPSIS);
    }
  }

  /** Points along an SVG path of M, L, C and Q commands with absolute coordinates. */
  private static List<double[]> sample(String d) {
    String[] tokens = d.trim().split("[\\s,]+");
    List<double[]> points = new ArrayList<>();
    double[] at = {0, 0};
    int i = 0;
    while (i < tokens.length) {
      String command = tokens[i++];
      int count =
          switch (command) {
            case "M", "L" -> 1;
            case "Q" -> 2;
            case "C" -> 3;
            default -> throw new AssertionError("path command " + command + " in " + d);
          };
      double[][] p = new double[count + 1][];
      p[0] = at;
      for (int k = 1; k <= count; k++) {
        p[k] = new double[] {Double.parseDouble(tokens[i++]), Double.parseDouble(tokens[i++])};
      }
      if (command.equals("M")) {
        points.add(p[1]);
      } else {
        for (int step = 1; step <= 50; step++) {
          points.add(bezier(p, step / 50.0));
        }
      }
      at = p[count];
    }
    return points;
  }

  /** A point of a Bézier curve (a line for two points) at parameter t. */
  private static double[] bezier(double[][] p, double t) {
    double[][] q = p.clone();
    for (int n = q.length - 1; n > 0; n--) {
      for (int k = 0; k < n; k++) {
        q[k] =
            new double[] {
              q[k][0] + (q[k + 1][0] - q[k][0]) * t, q[k][1] + (q[k + 1][1] - q[k][1]) * t
            };
      }
    }
    return q[0];
  }

  @Test
  void ownerlessStagesSaySo() {
    Document svg = parseXml(SvgRenderer.render(Fixtures.chainOf(2)));
    assertThat(select(svg, "//*[@data-kind='stage'][@data-id='o1']").get(0).getTextContent())
        .contains("no owner");
  }
}
