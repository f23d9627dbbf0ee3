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

  /** The chains of {@link #fiveChains}: kind, id, name and number of stages, top to bottom. */
  private static final String[][] FIVE_CHAINS = {
    {"REQUIREMENT_TO_VALUE", "r2v", "Requirement to Deploy", "16"},
    {"ORDER_TO_CASH", "o2c", "Request to Fulfil", "12"},
    {"CUSTOM", "s2p", "Strategy to Portfolio", "20"},
    {"CUSTOM", "d2c", "Detect to Correct", "14"},
    {"CUSTOM", "p2p", "Supplier to Partner", "18"}
  };

  private static final String[] STAGE_NAMES = {
    "Capture the demand",
    "Assess the business case",
    "Plan and design",
    "Develop and test",
    "Release and publish offer",
    "Approve the proposal",
    "Negotiate the contract",
    "Onboard the supplier",
    "Monitor the service levels",
    "Diagnose and correct",
    "Collect and report the benefit",
    "Charge back",
    "Retire the service",
    "Train the users",
    "Measure the outcome",
    "Register the configuration",
    "Review the architecture",
    "Secure the environment",
    "Forecast the capacity",
    "Improve continuously"
  };

  private static final String[] ROLE_NAMES = {
    "Business relationship manager",
    "Portfolio manager",
    "Product owner",
    "Enterprise architect",
    "Release manager",
    "Service owner",
    "IT finance controller",
    "Service desk lead",
    "Supplier manager",
    "Chief information officer",
    "Security officer",
    "Operations lead"
  };

  /**
   * A model at the scale of a large IT organization, the same on every call: five chains of 16, 12,
   * 20, 14 and 18 stages, {@code roles} roles, twelve support processes (some over one stage, some
   * over stages of two or three chains in one column, some over whole chains), and sixteen
   * alignments within rows, between adjacent rows, across up to four rows and straight down a
   * column.
   */
  static OperatingModel fiveChains(int roles) {
    OperatingModelBuilder builder =
        OperatingModel.builder("five-chains", "Five value chains at scale")
            .version("3")
            .description(
                "Five chains of twelve to twenty stages, " + roles + " roles, twelve processes.");
    for (int r = 1; r <= roles; r++) {
      String name = ROLE_NAMES[(r - 1) % ROLE_NAMES.length];
      builder.role(
          "role-" + r, r <= ROLE_NAMES.length ? name : name + " " + (r / ROLE_NAMES.length + 1));
    }
    for (int c = 0; c < FIVE_CHAINS.length; c++) {
      String[] chain = FIVE_CHAINS[c];
      int offset = c * 3;
      int chainIndex = c;
      builder.valueChain(
          dev.itom.model.ValueChainKind.valueOf(chain[0]),
          chain[1],
          chain[2],
          ch -> {
            for (int i = 1; i <= Integer.parseInt(chain[3]); i++) {
              String owner = "role-" + ((chainIndex * 7 + i) % roles + 1);
              ch.stage(
                  chain[1] + "." + i,
                  STAGE_NAMES[(offset + i - 1) % STAGE_NAMES.length],
                  s -> s.owner(owner));
            }
          });
    }
    builder
        .governing(
            "portfolio", "Portfolio management", p -> p.owner("role-2").supports("r2v", "o2c"))
        .governing(
            "governance",
            "IT governance and compliance",
            p -> p.owner("role-10").supports("r2v", "o2c", "s2p", "d2c", "p2p"))
        .governing(
            "brm",
            "Business relationship management",
            p -> p.owner("role-1").supports("r2v.1", "o2c.1", "s2p.1"))
        .governing(
            "architecture",
            "Enterprise architecture management",
            p -> p.owner("role-4").supports("r2v.3", "s2p.3"))
        .enabling(
            "projects",
            "Project and programme management",
            p -> p.owner("role-3").supports("r2v.4", "r2v.5", "r2v.6", "r2v.7", "r2v.8"))
        .enabling("finance", "Financial management", p -> p.owner("role-7").supports("o2c.12"))
        .enabling("knowledge", "Knowledge management", p -> p.supports("d2c.2"))
        .enabling(
            "service-levels",
            "Service level management",
            p -> p.owner("role-6").supports("o2c.5", "p2p.5", "d2c.5"))
        .supporting("suppliers", "Supplier management", p -> p.owner("role-9").supports("p2p.3"))
        .supporting(
            "security",
            "Information security management",
            p -> p.owner("role-11").supports("s2p.18"))
        .supporting("desk", "Service desk", p -> p.owner("role-8").supports("o2c.8"))
        .supporting(
            "configuration",
            "Configuration management",
            p -> p.owner("role-12").supports("r2v.16", "p2p.16"))
        .handoff("r2v.16", "o2c.1")
        .handoff("s2p.6", "r2v.1")
        .feedback("d2c.10", "s2p.2")
        .feedback("d2c.14", "r2v.9")
        .align("r2v.3", "p2p.3")
        .handoff("o2c.12", "d2c.1")
        .handoff("p2p.7", "o2c.4")
        .align("o2c.6", "o2c.11")
        .feedback("r2v.14", "r2v.2")
        .feedback("s2p.12", "s2p.4")
        .handoff("r2v.10", "o2c.10")
        .align("p2p.12", "d2c.12")
        .handoff("d2c.6", "p2p.1")
        .feedback("o2c.9", "r2v.12")
        .align("s2p.15", "p2p.15")
        .handoff("s2p.20", "d2c.14")
        .kpi(
            "lead-time",
            "Lead time from demand to release",
            k -> k.unit("days").lowerIsBetter().baseline("60").target("30").measures("r2v"))
        .kpi(
            "fulfilment",
            "Request fulfilment time",
            k -> k.unit("hours").lowerIsBetter().target("8").measures("o2c"))
        .kpi("mttr", "Mean time to restore", k -> k.unit("hours").target("4").measures("d2c"))
        .offering(
            "workplace",
            "Digital workplace",
            o ->
                o.delivery(Delivery.SAAS)
                    .owner("role-6")
                    .realizedBy("r2v.16")
                    .pricing(PricingModel.PER_USER, new BigDecimal("12.40"), "EUR", "user/month"));
    for (int r = 1; r <= roles; r++) {
      String[] chain = FIVE_CHAINS[r % FIVE_CHAINS.length];
      Responsibility responsibility =
          r <= 60
              ? Responsibility.values()[r % 4]
              : r % 2 == 0 ? Responsibility.CONSULTED : Responsibility.INFORMED;
      builder.assign("role-" + r, chain[1] + "." + (r % 12 + 1), responsibility);
    }
    return builder.build();
  }

  /** {@link #fiveChains(int)} with forty roles. */
  static OperatingModel fiveChains() {
    return fiveChains(40);
  }

  /**
   * Two chains of {@code n} stages with an alignment between every stage of one and every stage of
   * the other, handoffs down and feedback up, alternately: more arrows than one gutter has room to
   * label by kind.
   */
  static OperatingModel crossedChains(int n) {
    OperatingModelBuilder builder = OperatingModel.builder("crossed-" + n, "Crossed chains");
    builder.requirementToValue(
        "r",
        "R",
        c -> {
          for (int i = 1; i <= n; i++) {
            c.stage("r" + i, "R " + i);
          }
        });
    builder.orderToCash(
        "o",
        "O",
        c -> {
          for (int i = 1; i <= n; i++) {
            c.stage("o" + i, "O " + i);
          }
        });
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        if ((i + j) % 2 == 0) {
          builder.handoff("r" + i, "o" + j);
        } else {
          builder.feedback("o" + j, "r" + i);
        }
      }
    }
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
