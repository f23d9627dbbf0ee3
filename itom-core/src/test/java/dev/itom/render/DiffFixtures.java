package dev.itom.render;

import dev.itom.model.OperatingModel;
import dev.itom.model.PricingModel;
import dev.itom.model.ValueChainKind;
import java.math.BigDecimal;

/** Two versions of a model that differ in every way the picture of a diff shows. */
final class DiffFixtures {
  private DiffFixtures() {}

  static OperatingModel before() {
    return OperatingModel.builder("acme", "ACME IT")
        .version("1")
        .role("architect", "Architect")
        .role("product-owner", "Product owner")
        .role("tester", "Tester")
        .requirementToValue(
            "r2v",
            "Requirement to Value",
            c ->
                c.stage("r2v.plan", "Plan", s -> s.owner("product-owner"))
                    .stage("r2v.build", "Build", s -> s.owner("architect"))
                    .stage("r2v.run", "Run")
                    .stage("r2v.retire", "Retire", s -> s.owner("tester")))
        .orderToCash(
            "o2c", "Order to Cash", c -> c.stage("o2c.order", "Order").stage("o2c.bill", "Bill"))
        .valueChain(
            ValueChainKind.CUSTOM,
            "ops",
            "Operations",
            c -> c.stage("ops.watch", "Watch").stage("ops.fix", "Fix"))
        .governing("portfolio", "Portfolio management", p -> p.supports("r2v"))
        .supporting("supplier", "Supplier management", p -> p.supports("o2c.order"))
        .offering(
            "collab",
            "Collaboration",
            o ->
                o.owner("product-owner")
                    .realizedBy("r2v.run")
                    .pricing(PricingModel.PER_USER, new BigDecimal("7.50"), "EUR", "user/month"))
        .kpi("lead-time", "Lead time", k -> k.measures("r2v").unit("days").target("10"))
        .kpi("dso", "Days sales outstanding", k -> k.measures("o2c").unit("days"))
        .handoff("r2v.run", "o2c.order")
        .feedback("o2c.order", "r2v.plan")
        .build();
  }

  /**
   * The same model with a stage renamed and given another owner, a stage added, one removed, one
   * moved to the other chain, a custom chain removed with its stages and another added, a process
   * removed and one added, a KPI changed and one removed, an alignment added and one removed, a
   * role removed, a price changed, the version changed and the roles reordered.
   */
  static OperatingModel after() {
    return OperatingModel.builder("acme", "ACME IT")
        .version("2")
        .role("product-owner", "Product owner")
        .role("architect", "Architect")
        .requirementToValue(
            "r2v",
            "Requirement to Value",
            c ->
                c.stage("r2v.plan", "Plan", s -> s.owner("product-owner"))
                    .stage("r2v.build", "Design and build", s -> s.owner("product-owner"))
                    .stage("r2v.check", "Check")
                    .stage("r2v.run", "Run")
                    .stage("o2c.bill", "Bill"))
        .orderToCash("o2c", "Order to Cash", c -> c.stage("o2c.order", "Order"))
        .valueChain(
            ValueChainKind.CUSTOM, "improve", "Improvement", c -> c.stage("improve.learn", "Learn"))
        .governing("portfolio", "Portfolio management", p -> p.supports("r2v"))
        .enabling("security", "Security management", p -> p.supports("r2v.run"))
        .offering(
            "collab",
            "Collaboration",
            o ->
                o.owner("product-owner")
                    .realizedBy("r2v.run")
                    .pricing(PricingModel.PER_USER, new BigDecimal("8.00"), "EUR", "user/month"))
        .kpi("lead-time", "Lead time", k -> k.measures("r2v").unit("days").target("7"))
        .handoff("r2v.run", "o2c.order")
        .align("r2v.check", "r2v.run")
        .build();
  }
}
