package dev.itom.render;

import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.Lifecycle;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import dev.itom.model.PricingModel;
import dev.itom.model.Responsibility;
import dev.itom.rules.Finding;
import dev.itom.rules.Report;
import dev.itom.rules.Severity;
import dev.itom.templates.Templates;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Models, reports and an XML parser for the renderer tests. */
final class Fixtures {
  /**
   * Markup and script that would do something if any renderer let it through: break out of an
   * attribute, add an element with an event handler, run a script, end CDATA or a comment, link to
   * javascript:, and characters XML forbids or that reorder text.
   */
  static final String PAYLOAD =
      "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
          + "<script>document.title='pwned'</script>]]>--><!-- "
          + "<a href=\"javascript:document.body.setAttribute('data-pwned','2')\">link</a>"
          + "<svg onload=\"document.body.setAttribute('data-pwned','3')\"/>"
          + "' \" \u0000\u0007\u001b\u0085\u202e\uffff {}[]()|`#35;&amp;\\N\\\"\n"
          + "--> end ]] x -> y";

  private Fixtures() {}

  static OperatingModel reference() {
    return Templates.referenceModel();
  }

  static Report referenceReport() {
    return Report.of(
        List.of(
            Finding.of(
                "ITOM-R05",
                Severity.WARNING,
                "o2c.offer",
                "/valueChains/1/stages/0",
                "No KPI measures the stage \"Publish the offer\"; add one with"
                    + " measures(\"o2c.offer\")."),
            Finding.ofModel(
                "ITOM-R09", Severity.INFO, "/alignments/2", "The feedback closes the loop.")));
  }

  static String hostile(String where) {
    return where + " " + PAYLOAD;
  }

  /** A model with a payload in every string field a renderer might show. */
  static OperatingModel hostileModel() {
    return OperatingModel.builder("hostile", hostile("model"))
        .version(hostile("version"))
        .description(hostile("description"))
        .property(hostile("key"), hostile("value"))
        .role("owner", hostile("role"), r -> r.description(hostile("role description")))
        .role("other", hostile("other role"))
        .consumer("users", hostile("consumer"), ConsumerKind.EMPLOYEE_GROUP)
        .artifact("thing", hostile("artifact"), a -> a.property(hostile("k"), hostile("v")))
        .requirementToValue(
            "r2v",
            hostile("r2v"),
            c ->
                c.description(hostile("chain description"))
                    .stage(
                        "r2v.a",
                        hostile("stage a"),
                        s ->
                            s.owner("owner")
                                .answers(hostile("question"))
                                .produces("thing")
                                .description(hostile("stage description"))
                                .property(hostile("stage key"), hostile("stage value")))
                    .stage("r2v.b", hostile("stage b"), s -> s.owner("other")))
        .orderToCash(
            "o2c",
            hostile("o2c"),
            c ->
                c.stage("o2c.a", hostile("stage c"), s -> s.consumes("thing"))
                    .stage("o2c.b", hostile("stage d")))
        .valueChain(
            dev.itom.model.ValueChainKind.CUSTOM,
            "custom",
            hostile("custom"),
            c -> c.stage("custom.a", hostile("stage e")))
        .governing(
            "gov",
            hostile("governing"),
            p ->
                p.owner("owner")
                    .supports("r2v.a", "o2c")
                    .framework(hostile("framework"), hostile("ref"), hostile("framework name"))
                    .description(hostile("process description")))
        .enabling("enable", hostile("enabling"), p -> p.supports("r2v.b"))
        .supporting("support", hostile("supporting"), p -> {})
        .handoff("r2v.b", "o2c.a")
        .feedback("o2c.b", "r2v.a")
        .align("r2v.a", "custom.a")
        .offering(
            "offer",
            hostile("offering"),
            o ->
                o.service()
                    .category(hostile("category"))
                    .delivery(Delivery.SAAS)
                    .lifecycle(Lifecycle.ACTIVE)
                    .owner("owner")
                    .consumers("users")
                    .realizedBy("r2v.b")
                    .pricing(PricingModel.PER_USER, new BigDecimal("1.5"), "EUR", hostile("unit")))
        .kpi(
            "kpi",
            hostile("kpi"),
            k -> k.unit(hostile("unit")).target("2").baseline("1").measures("r2v", "o2c.b"))
        .assign("owner", "r2v.a", Responsibility.ACCOUNTABLE)
        .assign("other", "gov", Responsibility.RESPONSIBLE)
        .build();
  }

  static Report hostileReport() {
    return Report.of(
        List.of(
            Finding.of("ITOM-R01", Severity.ERROR, "r2v.a", "/valueChains/0/stages/0", PAYLOAD),
            Finding.ofModel(hostile("rule"), Severity.WARNING, hostile("path"), PAYLOAD)));
  }

  /** A model with one Requirement-to-Value chain of {@code stages} stages and long names. */
  static OperatingModel chainOf(int stages) {
    OperatingModelBuilder builder =
        OperatingModel.builder("chain-" + stages, "A chain of " + stages + " stages")
            .role("owner", "An owner with a rather long role name that will not fit in a chevron");
    List<String> ids = new ArrayList<>();
    builder.requirementToValue(
        "r2v",
        "Requirement to Value",
        chain -> {
          for (int i = 1; i <= stages; i++) {
            String id = "s" + i;
            ids.add(id);
            String name =
                i % 3 == 0
                    ? "Stage "
                        + i
                        + " with an exceptionally long name that goes on and on well"
                        + " beyond what any chevron could ever hold on three lines of text"
                    : "Stage " + i;
            chain.stage(id, name, s -> s.owner("owner"));
          }
        });
    builder.orderToCash(
        "o2c", "Order to Cash", chain -> chain.stage("o1", "Order").stage("o2", "Cash"));
    builder.governing("gov", "Portfolio management", p -> p.supports("r2v"));
    builder.enabling("first", "Supports the first stage", p -> p.supports("s1"));
    builder.enabling("last", "Supports the last stage", p -> p.supports(ids.get(ids.size() - 1)));
    builder.supporting(
        "both", "Supports both ends", p -> p.supports("s1", ids.get(ids.size() - 1)));
    builder.handoff(ids.get(ids.size() - 1), "o1");
    builder.feedback("o2", "s1");
    builder.align(ids.get(0), ids.get(ids.size() - 1));
    return builder.build();
  }

  /** Parses XML with DTDs and external entities switched off. */
  static Document parseXml(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Every element matched by an XPath expression (use local-name() for namespaced names). */
  static List<Element> select(Document document, String xpath) {
    try {
      NodeList nodes =
          (NodeList)
              XPathFactory.newInstance()
                  .newXPath()
                  .evaluate(xpath, document, XPathConstants.NODESET);
      List<Element> elements = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** Every element of a document, in document order. */
  static List<Element> allElements(Document document) {
    return select(document, "//*");
  }
}
