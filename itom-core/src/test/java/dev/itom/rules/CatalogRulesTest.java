package dev.itom.rules;

import static dev.itom.testing.RuleAssertions.assertFinding;
import static dev.itom.testing.RuleAssertions.assertPasses;
import static dev.itom.testing.RuleAssertions.onlyFinding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.Lifecycle;
import dev.itom.model.OfferingBuilder;
import dev.itom.model.OperatingModel;
import dev.itom.model.Pricing;
import dev.itom.model.PricingModel;
import dev.itom.model.ServiceLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The service-catalog rules (ITOM-R19 to ITOM-R22) and the catalog-aware parts of ITOM-R09 and
 * ITOM-R17: each firing, asserting id, severity, element, path and message, and not firing.
 */
class CatalogRulesTest {

  /** A model with one offering, owned, built further by {@code details}. */
  private static OperatingModel offering(Consumer<OfferingBuilder> details) {
    return OperatingModel.builder("m", "Model")
        .role("owner", "Service owner")
        .offering("svc", "Service", o -> details.accept(o.owner("owner")))
        .build();
  }

  @Nested
  class R09WithOptions {
    private final Rule rule = Rules.OFFERING_COMPLETE;

    @Test
    void firesAtTheOptionsWhenNoOptionIsPriced() {
      OperatingModel model =
          offering(
              o ->
                  o.option("svc.a", "A", opt -> opt.leadTime("P1D"))
                      .option("svc.b", "B", opt -> {}));
      List<Finding> findings = rule.check(model);
      assertThat(findings)
          .extracting(Finding::pointer)
          .containsExactly("/offerings/0/consumers", "/offerings/0/options");
      assertFinding(
          findings.get(1),
          rule,
          "svc",
          "/offerings/0/options",
          "is active but none of its options has pricing",
          "set the pricing of each option");
    }

    @Test
    void oneOptionWithAPriceIsPricing() {
      OperatingModel model =
          offering(
              o ->
                  o.option("svc.a", "A", opt -> {})
                      .option("svc.b", "B", opt -> opt.free())
                      .lifecycle(Lifecycle.RETIRING));
      assertThat(rule.check(model))
          .extracting(Finding::pointer)
          .doesNotContain("/offerings/0/pricing", "/offerings/0/options");
    }
  }

  @Nested
  class R17WithOptions {
    private final Rule rule = Rules.RETIRED_OFFERING_CLEAN;

    @Test
    void firesForEachRetiredOptionStillCharged() {
      OperatingModel model =
          offering(
              o ->
                  o.lifecycle(Lifecycle.RETIRED)
                      .option("svc.free", "Free", opt -> opt.free())
                      .option(
                          "svc.paid",
                          "Paid",
                          opt -> opt.pricing(PricingModel.PER_USER, "3.00", "EUR", "user/month")));
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "svc",
          "/offerings/0/options/1/pricing",
          "is retired but its option \"svc.paid\" is still priced",
          "remove the option's pricing");
    }

    @Test
    void passesWhenNoRetiredOptionIsCharged() {
      OperatingModel model =
          offering(
              o ->
                  o.lifecycle(Lifecycle.RETIRED)
                      .option("svc.free", "Free", opt -> opt.free())
                      .option(
                          "svc.zero",
                          "Zero",
                          opt -> opt.pricing(PricingModel.FIXED, "0", "EUR", "month"))
                      .option("svc.none", "None", opt -> {}));
      assertPasses(rule, model);
    }
  }

  @Nested
  class R19OfferingOrderable {
    private final Rule rule = Rules.OFFERING_ORDERABLE;

    @Test
    void firesAtTheOptionsOfAnOfferingWithASinglePricing() {
      OperatingModel model =
          offering(
              o -> o.pricing(PricingModel.PER_USER, new BigDecimal("4.00"), "EUR", "user/month"));
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "svc",
          "/offerings/0/options",
          "offering \"svc\" is active and priced but states no lead time",
          "replace its pricing by an option with that pricing and a lead time");
    }

    @Test
    void firesAtTheLeadTimeOfTheFirstPricedOption() {
      OperatingModel model =
          offering(
              o ->
                  o.option("svc.trial", "Trial", opt -> opt.leadTime("PT1H"))
                      .option("svc.basic", "Basic", opt -> opt.free())
                      .option(
                          "svc.plus",
                          "Plus",
                          opt -> opt.pricing(PricingModel.PER_USER, "9.00", "EUR", "user/month")));
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "svc",
          "/offerings/0/options/1/leadTime",
          "none of its priced options states a lead time",
          "set the lead time of option \"svc.basic\"");
    }

    @Test
    void passesWithOnePricedOptionWithALeadTimeAndLeavesOthersAlone() {
      OperatingModel model =
          OperatingModel.builder("m", "Model")
              .offering(
                  "svc",
                  "Service",
                  o ->
                      o.option("svc.basic", "Basic", opt -> opt.free())
                          .option("svc.plus", "Plus", opt -> opt.free().leadTime("P5D")))
              // an offering without price is ITOM-R09's; one not active is not yet or no more sold
              .offering("unpriced", "Unpriced", o -> {})
              .offering(
                  "planned",
                  "Planned",
                  o -> o.lifecycle(Lifecycle.PLANNED).option("p.a", "A", opt -> opt.free()))
              .offering("retiring", "Retiring", o -> o.lifecycle(Lifecycle.RETIRING).free())
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R20ValuePropositionStated {
    private final Rule rule = Rules.VALUE_PROPOSITION_STATED;

    @Test
    void firesForAnOfferingWithAlternativesButNoValueProposition() {
      OperatingModel model =
          offering(
              o ->
                  o.free()
                      .alternative("External SaaS", a -> a.description("bought on a card"))
                      .alternative("Do nothing", a -> {}));
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "svc",
          "/offerings/0/valueProposition",
          "names 2 alternatives but no value proposition",
          "state what the consumer gets from it");
    }

    @Test
    void passesWithAValuePropositionWithoutAlternativesOrWhenRetired() {
      OperatingModel model =
          OperatingModel.builder("m", "Model")
              .offering(
                  "a",
                  "A",
                  o -> o.valueProposition("Support included.").alternative("SaaS", x -> {}))
              .offering("b", "B", o -> o.free())
              .offering("c", "C", o -> o.lifecycle(Lifecycle.RETIRED).alternative("SaaS", x -> {}))
              .build();
      assertPasses(rule, model);
    }
  }

  @Nested
  class R21PremiumExplained {
    private final Rule rule = Rules.PREMIUM_EXPLAINED;

    private OperatingModel catalog(String valueProposition) {
      return offering(
          o ->
              o.valueProposition(valueProposition)
                  .option(
                      "svc.basic",
                      "Basic",
                      opt -> opt.pricing(PricingModel.PER_USER, "4.00", "EUR", "user/month"))
                  .option(
                      "svc.premium",
                      "Premium",
                      opt -> opt.pricing(PricingModel.PER_USER, "12.00", "EUR", "user/month"))
                  .alternative(
                      "SaaS direct",
                      a -> a.pricing(PricingModel.PER_USER, "11.70", "EUR", "user/month"))
                  .alternative(
                      "SaaS light", a -> a.pricing(PricingModel.PER_USER, "5", "EUR", "user/month"))
                  // not priced the same way: compared with nothing
                  .alternative(
                      "Yearly licence",
                      a -> a.pricing(PricingModel.PER_USER, "1", "EUR", "user/year"))
                  .alternative(
                      "Dollars", a -> a.pricing(PricingModel.PER_USER, "1", "USD", "user/month"))
                  .alternative(
                      "Fixed", a -> a.pricing(PricingModel.FIXED, "1", "EUR", "user/month"))
                  .alternative("Free tools", a -> a.pricing(Pricing.of(PricingModel.FREE)))
                  .alternative("Unknown price", a -> {}));
    }

    @Test
    void firesForAnOptionDearerThanEveryComparableAlternativeWhenThePropositionIgnoresPrice() {
      assertFinding(
          onlyFinding(rule, catalog("Single sign-on and EU data residency included.")),
          rule,
          "svc",
          "/offerings/0/options/1/pricing",
          "option \"svc.premium\" costs 12.00 EUR per user/month, more than every alternative"
              + " priced the same way (\"SaaS direct\" 11.70 EUR per user/month, \"SaaS light\" 5"
              + " EUR per user/month)",
          "value proposition of offering \"svc\" does not speak to the price");
    }

    @Test
    void passesWhenThePropositionSpeaksToThePrice() {
      assertPasses(rule, catalog("Worth the premium: single sign-on and support included."));
      assertPasses(rule, catalog("Costs less once support is counted."));
    }

    @Test
    void firesForASinglePricingAtThePricingAndLeavesAMissingPropositionToR20() {
      OperatingModel model =
          offering(
              o ->
                  o.valueProposition("Integrated with everything.")
                      .pricing(PricingModel.FIXED, new BigDecimal("100"), "EUR", "month")
                      .alternative(
                          "Other", a -> a.pricing(PricingModel.FIXED, "99.99", "EUR", "month")));
      assertFinding(
          onlyFinding(rule, model),
          rule,
          "svc",
          "/offerings/0/pricing",
          "offering \"svc\" costs 100 EUR per month",
          "\"Other\" 99.99 EUR per month");
      assertPasses(
          rule,
          offering(
              o ->
                  o.pricing(PricingModel.FIXED, new BigDecimal("100"), "EUR", "month")
                      .alternative(
                          "Other", a -> a.pricing(PricingModel.FIXED, "1", "EUR", "month"))));
    }

    @Test
    void passesWhenSomeComparableAlternativeCostsAsMuchOrNoneIsComparable() {
      OperatingModel model =
          offering(
              o ->
                  o.valueProposition("Support included.")
                      .option(
                          "svc.a",
                          "A",
                          opt -> opt.pricing(PricingModel.PER_USER, "5.00", "EUR", "user/month"))
                      .option(
                          "svc.b",
                          "B",
                          opt -> opt.pricing(PricingModel.PER_USER, "9", "USD", "user/month"))
                      .alternative(
                          "Same", a -> a.pricing(PricingModel.PER_USER, "5", "EUR", "user/month"))
                      .alternative(
                          "Cheap",
                          a -> a.pricing(PricingModel.PER_USER, "1", "EUR", "user/month")));
      assertPasses(rule, model);
    }
  }

  @Nested
  class R22ServiceLevelMeasured {
    private final Rule rule = Rules.SERVICE_LEVEL_MEASURED;

    @Test
    void firesForEachServiceLevelNoKpiOfTheOptionMeasuresInItsUnit() {
      OperatingModel model =
          OperatingModel.builder("m", "Model")
              .offering(
                  "svc",
                  "Service",
                  o ->
                      o.option("svc.a", "A", opt -> opt.free())
                          .option(
                              "svc.b",
                              "B",
                              opt ->
                                  opt.free()
                                      .serviceLevel("availability", "99.9", "%")
                                      .serviceLevel("restore", "4", "h")
                                      .serviceLevel(
                                          ServiceLevel.builder()
                                              .name("tickets")
                                              .target(BigDecimal.TEN)
                                              .build())))
              .kpi("kpi.avail", "Availability", k -> k.unit("%").target("99.9").measures("svc.b"))
              // the right unit, but it measures the offering, not the option
              .kpi("kpi.restore", "Restore", k -> k.unit("h").target("4").measures("svc"))
              .build();
      List<Finding> findings = rule.check(model);
      assertThat(findings).hasSize(2);
      assertFinding(
          findings.get(0),
          rule,
          "svc.b",
          "/offerings/0/options/1/serviceLevels/1",
          "the service level \"restore\" of option \"svc.b\" (4 h) is measured by no KPI of the"
              + " option in \"h\"",
          "add a KPI that measures the option in that unit");
      assertFinding(
          findings.get(1),
          rule,
          "svc.b",
          "/offerings/0/options/1/serviceLevels/2",
          "\"tickets\" of option \"svc.b\" (10) is measured by no KPI of the option without unit");
    }

    @Test
    void passesWhenAKpiOfTheOptionHasTheUnitIgnoringCaseOrTheOfferingIsNotActive() {
      OperatingModel model =
          OperatingModel.builder("m", "Model")
              .offering(
                  "svc",
                  "Service",
                  o ->
                      o.option(
                          "svc.a",
                          "A",
                          opt ->
                              opt.free()
                                  .serviceLevel("restore", "4", "h")
                                  .serviceLevel("x", "1", "%")))
              .offering(
                  "old",
                  "Old",
                  o ->
                      o.lifecycle(Lifecycle.RETIRING)
                          .option("old.a", "A", opt -> opt.serviceLevel("restore", "8", "h")))
              .kpi("kpi.restore", "Restore", k -> k.unit("H").target("4").measures("svc.a"))
              .kpi("kpi.x", "X", k -> k.unit("%").target("1").measures("svc", "svc.a"))
              .build();
      assertPasses(rule, model);
    }
  }
}
