package dev.itom.examples;

import dev.itom.json.ItomJson;
import dev.itom.model.ConsumerKind;
import dev.itom.model.Delivery;
import dev.itom.model.OperatingModel;
import dev.itom.model.PricingModel;
import dev.itom.rules.Report;
import dev.itom.rules.Rules;
import java.math.BigDecimal;

/**
 * The smallest complete use of itom: build an operating model with the fluent builder, judge it
 * with the standard rules, and print it as {@code itom/1} JSON. Run it with {@code java -cp
 * itom-examples/target/itom.jar dev.itom.examples.QuickStart}.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Builds, checks and prints a small operating model.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    OperatingModel model =
        OperatingModel.builder("acme-it", "ACME IT")
            .role("brm", "Business relationship manager")
            .role("service-owner", "Service owner")
            .consumer("sales", "Sales", ConsumerKind.BUSINESS_UNIT)
            .artifact("demand", "Demand")
            .artifact("service-offer", "Service offer")
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
            .handoff("r2v.deliver", "o2c.order")
            .governing(
                "portfolio", "Portfolio management", p -> p.owner("brm").supports("r2v", "o2c"))
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
            .kpi(
                "kpi.adoption",
                "Adoption",
                k -> k.unit("%").target("80").measures("r2v", "r2v.deliver"))
            .accountable("brm", "r2v.demand", "o2c.order")
            .accountable("service-owner", "r2v.deliver")
            .build();

    Report report = Rules.standard().check(model);
    System.out.println(report.toText());
    System.out.println(ItomJson.writer().writeToString(model));
  }
}
