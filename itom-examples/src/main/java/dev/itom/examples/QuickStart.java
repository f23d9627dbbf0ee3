package dev.itom.examples;

import dev.itom.json.ItomJson;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.OperatingModel;
import dev.itom.model.PricingModel;
import dev.itom.render.SvgRenderer;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import java.math.BigDecimal;

/**
 * The smallest complete use of itom, the program of README's "Using the library": build an
 * operating model with the fluent builder, judge it with the standard rules, write it as {@code
 * itom/1} JSON and read it back, and draw its value-chain map; then print the report, the JSON and
 * what came back. Run it with {@code java -cp itom-examples/target/itom.jar
 * dev.itom.examples.QuickStart}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Builds, checks, writes, reads back and draws a small operating model, and prints the results.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    OperatingModel model =
        OperatingModel.builder("acme-it", "ACME IT")
            .role("brm", "Business relationship manager")
            .role("service-owner", "Service owner")
            .consumer("sales", "Sales", ConsumerKind.BUSINESS_UNIT)
            .requirementToValue(
                "r2v",
                "Requirement to Value",
                chain ->
                    chain
                        .stage(
                            "r2v.demand",
                            "Capture demand",
                            s -> s.owner("brm").answers("Why?").produces("demand"))
                        .stage(
                            "r2v.deliver",
                            "Deliver the service",
                            s ->
                                s.owner("service-owner")
                                    .consumes("demand")
                                    .produces("service-offer")))
            .orderToCash(
                "o2c",
                "Order to Cash",
                chain ->
                    chain.stage(
                        "o2c.order",
                        "Take the order",
                        s ->
                            s.owner("brm")
                                .answers("Why us?", "At what cost?")
                                .consumes("service-offer")))
            .artifact("demand", "Demand")
            .artifact("service-offer", "Service offer")
            .handoff("r2v.deliver", "o2c.order")
            .governing("portfolio", "Portfolio management", p -> p.supports("r2v", "o2c"))
            .enabling("projects", "Project management", p -> p.supports("r2v.deliver"))
            .offering(
                "collaboration",
                "Enterprise collaboration",
                o ->
                    o.delivery(Delivery.SAAS)
                        .owner("service-owner")
                        .consumers("sales")
                        .realizedBy("r2v.deliver")
                        .pricing(
                            PricingModel.PER_USER, new BigDecimal("7.50"), "EUR", "user/month"))
            .kpi("kpi.adoption", "Adoption", k -> k.unit("%").target("80").measures("r2v"))
            .accountable("brm", "r2v.demand", "o2c.order")
            .build(); // checks every invariant, reports all violations

    Report report = Rules.standard().check(model); // judges the model: errors, warnings, info
    String json = ItomJson.writer().writeToString(model); // canonical itom/1 JSON
    OperatingModel again = ItomJson.reader().read(json); // strict reader, equal model
    String svg = SvgRenderer.render(model); // the value-chain map

    System.out.println(report.toText());
    System.out.println(json);
    System.out.println(
        "Read back: " + (again.equals(model) ? "equal" : "NOT equal") + " to the model");
    System.out.println("Value-chain map: " + svg.length() + " characters of SVG");
  }
}
