package dev.itom.render;

import static dev.itom.render.Fixtures.allElements;
import static dev.itom.render.Fixtures.parseXml;
import static dev.itom.render.Fixtures.select;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.itom.model.OperatingModel;
import dev.itom.model.Stage;
import dev.itom.rules.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class HtmlReportTest {
  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static Document referenceReport() {
    return parseXml(HtmlReport.render(Fixtures.reference(), Fixtures.referenceReport()));
  }

  @Test
  void isWellFormedXhtmlWithTheMapInline() {
    Document html = referenceReport();
    assertThat(html.getDocumentElement().getLocalName()).isEqualTo("html");
    assertThat(html.getDocumentElement().getNamespaceURI()).isEqualTo(XHTML);
    assertThat(select(html, "//*[local-name()='section'][@id='map']//*[local-name()='svg']"))
        .hasSize(1);
    assertThat(select(html, "//*[local-name()='title']").get(0).getTextContent())
        .contains("ACME IT operating model");
    assertThat(select(html, "//*[local-name()='h1']").get(0).getTextContent())
        .isEqualTo("ACME IT operating model");
  }

  @Test
  void sameInputGivesSameBytes() throws IOException {
    String once = HtmlReport.render(Fixtures.reference(), Fixtures.referenceReport());
    assertThat(HtmlReport.render(Fixtures.reference(), Fixtures.referenceReport())).isEqualTo(once);
    StringWriter out = new StringWriter();
    HtmlReport.render(Fixtures.reference(), Fixtures.referenceReport(), out);
    assertThat(out.toString()).isEqualTo(once);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> HtmlReport.render(Fixtures.reference(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("report");
    assertThatThrownBy(() -> HtmlReport.render(null, Fixtures.referenceReport()))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("model");
  }

  @Test
  void isSelfContained() {
    String text = HtmlReport.render(Fixtures.reference(), Fixtures.referenceReport());
    Document html = parseXml(text);
    assertThat(
            select(
                html,
                "//*[local-name()='script' or local-name()='link' or local-name()='img'"
                    + " or local-name()='iframe' or local-name()='object']"))
        .isEmpty();
    assertThat(select(html, "//*[@src]")).isEmpty();
    // The only links are the table of contents, to sections of the report itself.
    List<Element> links = select(html, "//*[@href]");
    assertThat(links)
        .extracting(e -> e.getAttribute("href"))
        .containsExactly(
            "#map", "#findings", "#stages", "#processes", "#offerings", "#kpis", "#raci");
    for (Element link : links) {
      assertThat(select(html, "//*[@id='" + link.getAttribute("href").substring(1) + "']"))
          .hasSize(1);
    }
    // Only the namespace names mention a URL; nothing is fetched.
    assertThat(
            text.replace("http://www.w3.org/1999/xhtml", "")
                .replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http:", "https:", "url(http", "@import", "@font-face");
    Element csp =
        select(html, "//*[local-name()='meta'][@http-equiv='Content-Security-Policy']").get(0);
    assertThat(csp.getAttribute("content")).startsWith("default-src 'none'");
  }

  @Test
  void showsTheFindings() {
    Document html = referenceReport();
    List<Element> rows = select(html, "//*[@data-kind='finding']");
    assertThat(rows).hasSize(2);
    // Ordered by the report: the warning before the info.
    assertThat(rows.get(0).getAttribute("data-rule")).isEqualTo("ITOM-R05");
    assertThat(rows.get(0).getTextContent())
        .contains(
            "warning", "Publish the offer", "o2c.offer", "/valueChains/1/stages/0", "add one with");
    assertThat(rows.get(1).getTextContent()).contains("info", "the model", "/alignments/2");
    assertThat(select(html, "//*[@class='counts']").get(0).getTextContent())
        .contains("0 errors", "1 warning", "1 info");
  }

  @Test
  void theServiceCatalogShowsOptionsSideBySideThePropositionAndTheAlternatives() {
    Document html = parseXml(HtmlReport.render(Fixtures.reference(), Report.of(List.of())));
    List<Element> options =
        select(html, "//*[local-name()='table'][@data-table='options']//*[local-name()='tr']");
    assertThat(options)
        .extracting(Element::getTextContent)
        .containsExactly(
            "BasicStandardPremium",
            "Priceper-user: 4.00 EUR per user/monthper-user: 7.50 EUR per user/month"
                + "per-user: 12.00 EUR per user/month",
            "Lead timeP1DP1DP5D",
            "availability99.5 %99.9 %99.9 %",
            "restore8 h4 h2 h");
    assertThat(select(html, "//*[@class='value-proposition']").get(0).getTextContent())
        .startsWith("One account for mail, chat, meetings and files");
    assertThat(
            select(html, "//*[local-name()='table'][@data-table='alternatives']")
                .get(0)
                .getTextContent())
        .contains("Suite bought directly", "per-user: 11.70 EUR per user/month", "free");
    assertThat(rows(html, "offerings", "collaboration").get(0).getTextContent())
        .contains("3 options, see the service catalog");
  }

  @Test
  void saysSoWhenThereIsNoFinding() {
    String text = HtmlReport.render(Fixtures.reference(), Report.of(List.of()));
    assertThat(select(parseXml(text), "//*[@data-kind='finding']")).isEmpty();
    assertThat(text).contains("No finding: every rule passed.");
  }

  @Test
  void tablesHoldStagesProcessesOfferingsAndKpis() {
    OperatingModel model = Fixtures.reference();
    Document html = referenceReport();
    for (Stage stage : model.stages()) {
      assertThat(rows(html, "stages", stage.id())).hasSize(1);
    }
    Element quote = rows(html, "stages", "o2c.quote").get(0);
    assertThat(quote.getTextContent())
        .contains(
            "Select options and quote",
            "Business relationship manager",
            "Which options?",
            "At what cost?",
            "Catalog item",
            "Scope agreement",
            "Quote");
    model.processes().forEach(p -> assertThat(rows(html, "processes", p.id())).hasSize(1));
    Element portfolio = rows(html, "processes", "portfolio-management").get(0);
    assertThat(portfolio.getTextContent())
        .contains("cobit2019 APO05", "Managed Portfolio", "Requirement to Value");
    Element saas = rows(html, "offerings", "collaboration").get(0);
    assertThat(saas.getTextContent())
        .contains("service", "saas", "active", "Service owner", "Channel partners");
    assertThat(rows(html, "offerings", "collaboration-onprem").get(0).getTextContent())
        .contains("fixed: 1200.00 EUR per month");
    Element kpi = rows(html, "kpis", "kpi.time-to-value").get(0);
    assertThat(kpi.getTextContent())
        .contains("Time to value", "days", "lower", "75", "30", "Requirement to Value");
  }

  @Test
  void raciMatrixScrollsInItsOwnBoxWithItsHeaderAndFirstColumnSticky() {
    String html = HtmlReport.render(Fixtures.fiveChains(200), Report.of(List.of()));
    Document document = parseXml(html);
    assertThat(
            select(
                document,
                "//*[local-name()='div'][@class='scroll raci-scroll']/*[local-name()='table'][@class='raci']"))
        .hasSize(1);
    String css = select(document, "//*[local-name()='style']").get(0).getTextContent();
    assertThat(css)
        .contains(".raci-scroll{max-height:85vh;overflow:auto}")
        .contains(".raci thead th{border-top-width:1px;position:sticky;top:0;z-index:2}")
        .contains(
            ".raci td.name,.raci thead th:first-child{position:sticky;left:0;min-width:16em;"
                + "overflow-wrap:normal;word-break:normal;")
        .contains(".raci{border-collapse:separate;border-spacing:0}")
        .contains(".raci-scroll{max-height:none;overflow:visible}");
    assertThat(
            select(
                document,
                "//*[local-name()='table'][@class='raci']//*[local-name()='th'][@data-id]"))
        .hasSize(200);
  }

  @Test
  void raciMatrixCrossesRolesWithStagesAndProcesses() {
    OperatingModel model = Fixtures.reference();
    Document html = referenceReport();
    List<Element> roleHeads =
        select(html, "//*[local-name()='table'][@class='raci']//*[local-name()='th'][@data-id]");
    assertThat(roleHeads)
        .extracting(e -> e.getAttribute("data-id"))
        .containsExactlyElementsOf(model.roles().stream().map(r -> r.id()).toList());
    int projectManager = model.roles().indexOf(model.role("project-manager").get());
    Element row =
        select(
                html,
                "//*[local-name()='table'][@class='raci']//*[local-name()='tr'][@data-id='project-management']")
            .get(0);
    List<Element> cells =
        select(
            html,
            "//*[local-name()='table'][@class='raci']//*[local-name()='tr'][@data-id='project-management']/*[local-name()='td']");
    assertThat(row.getAttribute("class")).isEqualTo("process");
    assertThat(cells.get(1 + projectManager).getTextContent()).isEqualTo("RA");
    List<Element> order =
        select(
            html,
            "//*[local-name()='table'][@class='raci']//*[local-name()='tr'][@data-id='o2c.order']/*[local-name()='td']");
    int desk = model.roles().indexOf(model.role("service-desk").get());
    assertThat(order.get(1 + desk).getTextContent()).isEqualTo("RA");
    assertThat(order.get(1 + desk).getAttribute("title")).contains("responsible", "accountable");
    assertThat(order.get(1).getTextContent()).isEmpty();
  }

  @Test
  void hostileModelAndFindingsStayText() {
    OperatingModel model = Fixtures.hostileModel();
    String text = HtmlReport.render(model, Fixtures.hostileReport());
    Document html = parseXml(text);
    Set<String> allowed =
        Set.of(
            "html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "p",
            "span", "nav", "a", "section", "div", "table", "thead", "tbody", "tr", "th", "td", "ul",
            "li", "footer", "svg", "desc", "defs", "marker", "path", "rect", "g", "text", "polygon",
            "line");
    for (Element element : allElements(html)) {
      assertThat(allowed).as("element %s", element.getLocalName()).contains(element.getLocalName());
      for (int i = 0; i < element.getAttributes().getLength(); i++) {
        String name = element.getAttributes().item(i).getNodeName();
        assertThat(name).doesNotStartWith("on").isNotIn("xlink:href", "src", "style", "srcdoc");
        if (name.equals("href")) {
          assertThat(element.getAttribute("href")).matches("#[a-z]+");
        }
      }
    }
    // The one style element holds the constant style sheet, not model text.
    assertThat(select(html, "//*[local-name()='style']").get(0).getTextContent())
        .doesNotContain("pwned");
    assertThat(text).doesNotContain("<script", "<img", "<!--", "<![CDATA[", "\u0000", "\u202e");
    assertThat(select(html, "//*[local-name()='a']")).hasSize(7);
    String body = html.getDocumentElement().getTextContent();
    assertThat(body)
        .contains("<img src=x onerror=", "<script>document.title='pwned'</script>", "javascript:");
    assertThat(select(html, "//*[@data-kind='finding']")).hasSize(2);
  }

  private static List<Element> rows(Document html, String table, String id) {
    return select(
        html,
        "//*[local-name()='table'][@data-table='"
            + table
            + "']//*[local-name()='tr'][@data-id='"
            + id
            + "']");
  }
}
