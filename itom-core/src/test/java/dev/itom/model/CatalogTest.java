package dev.itom.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The service catalog of an offering: options, service levels, alternatives, lead times. */
class CatalogTest {

  private static OperatingModelBuilder catalog(java.util.function.Consumer<OfferingBuilder> more) {
    return OperatingModel.builder("m", "Model")
        .offering(
            "collab",
            "Enterprise collaboration",
            o -> {
              o.delivery(Delivery.SAAS)
                  .valueProposition("Single sign-on and data kept in the EU")
                  .option(
                      "collab.basic",
                      "Basic",
                      opt ->
                          opt.pricing(PricingModel.PER_USER, "4.00", "EUR", "user/month")
                              .leadTime(Duration.ofDays(1))
                              .serviceLevel("availability", "99.5", "%"))
                  .alternative(
                      "External SaaS",
                      a -> a.pricing(PricingModel.PER_USER, "6.00", "EUR", "user/month"));
              more.accept(o);
            });
  }

  private static List<Violation> violations(OperatingModelBuilder builder) {
    InvalidModelException exception =
        org.junit.jupiter.api.Assertions.assertThrows(InvalidModelException.class, builder::build);
    return exception.violations();
  }

  @Test
  void theBuilderReadsLikeACatalogEntry() {
    OperatingModel model = catalog(o -> {}).build();
    Offering offering = model.offerings().get(0);
    assertThat(offering.valueProposition()).contains("Single sign-on and data kept in the EU");
    assertThat(offering.pricing()).isEmpty();
    Option basic = offering.options().get(0);
    assertThat(basic.id()).isEqualTo("collab.basic");
    assertThat(basic.leadTime()).contains("P1D");
    assertThat(basic.leadTimeDuration()).contains(Duration.ofDays(1));
    assertThat(basic.pricing().get().amount()).contains(new BigDecimal("4.00"));
    assertThat(basic.serviceLevels())
        .containsExactly(ServiceLevel.of("availability", new BigDecimal("99.5"), "%"));
    assertThat(offering.alternatives()).hasSize(1);
    assertThat(offering.alternatives().get(0).pricing().get().amount())
        .contains(new BigDecimal("6.00"));
    assertThat(model.element("collab.basic")).contains(basic);
    assertThat(model.elementCount()).isEqualTo(2);
    assertThat(offering.effectiveOptions()).containsExactly(basic);
  }

  @Test
  void anOfferingWithASinglePricingHasOneImpliedOption() {
    OperatingModel model =
        OperatingModel.builder("m", "M")
            .offering(
                "svc",
                "Service",
                o -> o.pricing(PricingModel.FIXED, new BigDecimal("10"), "EUR", "month"))
            .offering("none", "Unpriced", o -> {})
            .build();
    Option implied = model.offerings().get(0).effectiveOptions().get(0);
    assertThat(implied.id()).isEqualTo("svc");
    assertThat(implied.name()).isEqualTo("Service");
    assertThat(implied.pricing()).isEqualTo(model.offerings().get(0).pricing());
    assertThat(model.offerings().get(1).effectiveOptions()).isEmpty();
    assertThat(model.element("svc")).containsInstanceOf(Offering.class);
  }

  @Test
  void leadTimesAreKeptAsWrittenAndDurationsWrittenInWholeDays() {
    OperatingModel model =
        catalog(
                o ->
                    o.option("collab.a", "A", opt -> opt.leadTime("P5D"))
                        .option("collab.b", "B", opt -> opt.leadTime(Duration.ofHours(4)))
                        .option("collab.c", "C", opt -> opt.leadTime(Duration.ofHours(48)))
                        .option("collab.d", "D", opt -> opt.leadTime("P1M"))
                        .option("collab.e", "E", opt -> opt.leadTime("P1W2DT3H4M5.5S")))
            .build();
    ImmutableList<Option> options = model.offerings().get(0).options();
    assertThat(options.get(1).leadTime()).contains("P5D");
    assertThat(options.get(1).leadTimeDuration()).contains(Duration.ofDays(5));
    assertThat(options.get(2).leadTime()).contains("PT4H");
    assertThat(options.get(3).leadTime()).contains("P2D");
    assertThat(options.get(4).leadTimeDuration()).isEmpty();
    assertThat(options.get(5).leadTimeDuration())
        .contains(Duration.ofDays(9).plusHours(3).plusMinutes(4).plusMillis(5500));
  }

  @Test
  void misuseFailsAtOnceAndSaysWhatToDo() {
    assertThatThrownBy(
            () -> catalog(o -> o.pricing(PricingModel.FIXED, new BigDecimal("1"), "EUR", "month")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("offering \"collab\" has options")
        .hasMessageContaining("option(id, name, opt -> opt.pricing(...))");
    assertThatThrownBy(
            () ->
                OperatingModel.builder("m", "M")
                    .offering("o", "O", o -> o.free().option("o.a", "A", opt -> {})))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("offering \"o\" has a pricing of its own")
        .hasMessageContaining("opt.pricing(...)");
    assertThatThrownBy(
            () ->
                catalog(
                    o ->
                        o.option(
                            "collab.x",
                            "X",
                            opt -> opt.free().pricing(PricingModel.FIXED, "1", "EUR", "m"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("option \"collab.x\" already has a pricing")
        .hasMessageContaining("declare another option");
    assertThatThrownBy(
            () -> catalog(o -> o.option("collab.x", "X", opt -> opt.leadTime(Duration.ofDays(-1)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is negative");
    assertThatThrownBy(
            () ->
                catalog(o -> o.option("collab.x", "X", opt -> opt.leadTime("P1D").leadTime("P2D"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already has the lead time P1D");
  }

  @Test
  void leadTimesMustBeWellFormedAndNotNegative() {
    List<Violation> found =
        violations(
            catalog(
                o ->
                    o.option("collab.a", "A", opt -> opt.leadTime("5 days"))
                        .option("collab.b", "B", opt -> opt.leadTime("-P5D"))
                        .option("collab.c", "C", opt -> opt.leadTime("PT"))
                        .option("collab.d", "D", opt -> opt.leadTime("P1D2Y"))
                        .option("collab.e", "E", opt -> opt.leadTime("P1.5D"))
                        .option("collab.f", "F", opt -> opt.leadTime("P"))));
    assertThat(found)
        .extracting(Violation::code, Violation::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("bad-duration", "/offerings/0/options/1/leadTime"),
            org.assertj.core.groups.Tuple.tuple(
                "negative-duration", "/offerings/0/options/2/leadTime"),
            org.assertj.core.groups.Tuple.tuple("bad-duration", "/offerings/0/options/3/leadTime"),
            org.assertj.core.groups.Tuple.tuple("bad-duration", "/offerings/0/options/4/leadTime"),
            org.assertj.core.groups.Tuple.tuple("bad-duration", "/offerings/0/options/5/leadTime"),
            org.assertj.core.groups.Tuple.tuple("bad-duration", "/offerings/0/options/6/leadTime"));
    assertThat(found.get(0).message())
        .isEqualTo(
            "lead time \"5 days\" is not an ISO 8601 duration; write PnYnMnWnDTnHnMnS parts such as"
                + " P5D, P2W or PT4H");
    assertThat(found.get(1).message())
        .isEqualTo("lead time \"-P5D\" is negative; a lead time is zero or more, drop the '-'");
    for (String good : List.of("P0D", "P1Y2M3W4DT5H6M7.25S", "PT0S", "P2W", "PT36H")) {
      assertThat(LeadTimes.form(good)).as(good).isEqualTo(LeadTimes.Form.WELL_FORMED);
    }
  }

  @Test
  void pricingAndOptionsAreExclusive() {
    Offering offering =
        Offering.builder()
            .id("o")
            .name("O")
            .type(OfferingType.SERVICE)
            .lifecycle(Lifecycle.ACTIVE)
            .pricing(Pricing.of(PricingModel.FREE))
            .addOptions(Option.builder().id("o.a").name("A").build())
            .build();
    List<Violation> found =
        violations(OperatingModel.builder("m", "M").addOfferings(List.of(offering)));
    assertThat(found).extracting(Violation::code).containsExactly("pricing-with-options");
    assertThat(found.get(0).pointer()).isEqualTo("/offerings/0/pricing");
    assertThat(found.get(0).message())
        .isEqualTo(
            "an offering with options prices each option; move this pricing into its options (or"
                + " drop the options for a single price)");
  }

  @Test
  void optionIdsAreUniqueNamesNotBlankAndPricesChecked() {
    List<Violation> found =
        violations(
            catalog(
                o ->
                    o.option("collab", "Dup", opt -> {})
                        .option(
                            "collab.x",
                            " ",
                            opt ->
                                opt.pricing(PricingModel.FIXED, "-1", "EUR", "month")
                                    .serviceLevel("", "1", "h"))
                        .alternative(" ", a -> a.pricing(PricingModel.FIXED, "2", "eur", "m"))));
    assertThat(found)
        .extracting(Violation::code, Violation::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("duplicate-id", "/offerings/0/options/1/id"),
            org.assertj.core.groups.Tuple.tuple("blank-name", "/offerings/0/options/2/name"),
            org.assertj.core.groups.Tuple.tuple(
                "negative-amount", "/offerings/0/options/2/pricing/amount"),
            org.assertj.core.groups.Tuple.tuple(
                "blank-name", "/offerings/0/options/2/serviceLevels/0/name"),
            org.assertj.core.groups.Tuple.tuple("blank-name", "/offerings/0/alternatives/1/name"),
            org.assertj.core.groups.Tuple.tuple(
                "bad-currency", "/offerings/0/alternatives/1/pricing/currency"));
    assertThat(found.get(0).message())
        .isEqualTo(
            "id \"collab\" is already used by an offering at /offerings/0; ids are unique across"
                + " the whole model, give this option another id");
  }

  @Test
  void kpisMayMeasureAnOption() {
    OperatingModel model =
        catalog(o -> {}).kpi("avail", "Availability", k -> k.measures("collab.basic")).build();
    assertThat(model.kpis().get(0).measures()).containsExactly("collab.basic");
  }

  @Test
  void catalogValueEquality() {
    new EqualsTester()
        .addEqualityGroup(
            ServiceLevel.of("a", new BigDecimal("1"), "%"),
            ServiceLevel.of("a", new BigDecimal("1"), "%"))
        .addEqualityGroup(ServiceLevel.of("a", new BigDecimal("1.0"), "%"))
        .addEqualityGroup(ServiceLevel.builder().name("a").target(BigDecimal.ONE).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Option.builder().id("o").name("O").leadTime("P1D").build(),
            Option.builder().id("o").name("O").leadTime("P1D").build())
        .addEqualityGroup(Option.builder().id("o").name("O").leadTime("PT24H").build())
        .addEqualityGroup(Option.builder().id("o").name("O").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Alternative.builder().name("A").build(), Alternative.builder().name("A").build())
        .addEqualityGroup(Alternative.builder().name("A").description("d").build())
        .addEqualityGroup(
            Alternative.builder().name("A").pricing(Pricing.of(PricingModel.FREE)).build())
        .testEquals();
  }
}
