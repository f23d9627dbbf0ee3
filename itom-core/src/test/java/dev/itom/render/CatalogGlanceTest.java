package dev.itom.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.itom.model.Lifecycle;
import dev.itom.model.OperatingModel;
import dev.itom.model.OperatingModelBuilder;
import dev.itom.model.PricingModel;
import dev.itom.model.ValueChain;
import dev.itom.model.ValueChainKind;
import dev.itom.templates.Templates;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CatalogGlanceTest {

  private static OperatingModelBuilder chains() {
    return OperatingModel.builder("m", "M")
        .requirementToValue("r2v", "Requirement to Value", c -> c.stage("r2v.build", "Build"))
        .orderToCash("o2c", "Order to Cash", c -> c.stage("o2c.order", "Take the order"));
  }

  private static Optional<String> glance(OperatingModel model) {
    return CatalogGlance.of(model);
  }

  @Test
  void theReferenceCatalogAtAGlance() {
    assertThat(glance(Templates.referenceModel()))
        .contains("4 options from 4.00 EUR, within 1 day");
  }

  @Test
  void theLowestPriceTheShortestLeadTimeAndTheCount() {
    OperatingModel model =
        chains()
            .offering(
                "a",
                "A",
                o ->
                    o.option(
                            "a.1",
                            "One",
                            opt ->
                                opt.pricing(PricingModel.PER_USER, "12.00", "EUR", "user/month")
                                    .leadTime("P2D"))
                        .option(
                            "a.2",
                            "Two",
                            opt ->
                                opt.pricing(PricingModel.FIXED, "9.5", "EUR", "month")
                                    .leadTime("PT4H")))
            .offering(
                "old",
                "Old",
                o ->
                    o.lifecycle(Lifecycle.RETIRED)
                        .option(
                            "old.1",
                            "Cheap",
                            opt ->
                                opt.pricing(PricingModel.FIXED, "1.00", "EUR", "month")
                                    .leadTime("PT1M")))
            .build();
    assertThat(glance(model)).contains("2 options from 9.5 EUR, within 4 hours");
  }

  @Test
  void noLowestPriceAcrossCurrenciesAndNoLeadTimeWhenNoneIsGiven() {
    OperatingModel model =
        chains()
            .offering(
                "a",
                "A",
                o ->
                    o.option(
                            "a.1",
                            "One",
                            opt -> opt.pricing(PricingModel.FIXED, "10.00", "EUR", "month"))
                        .option(
                            "a.2",
                            "Two",
                            opt -> opt.pricing(PricingModel.FIXED, "10.00", "USD", "month")))
            .build();
    assertThat(glance(model)).contains("2 options");
  }

  @Test
  void anOfferingPricedTheOldWayIsOneOption() {
    OperatingModel model =
        chains()
            .offering(
                "a",
                "A",
                o ->
                    o.pricing(
                        PricingModel.PER_USER,
                        new java.math.BigDecimal("7.50"),
                        "EUR",
                        "user/month"))
            .build();
    assertThat(glance(model)).contains("1 option from 7.50 EUR");
  }

  @Test
  void nothingWithoutOfferings() {
    assertThat(glance(chains().build())).isEqualTo(Optional.empty());
  }

  @Test
  void leadTimesInTheLargestExactUnit() {
    assertThat(CatalogGlance.words(Duration.ofDays(1))).isEqualTo("1 day");
    assertThat(CatalogGlance.words(Duration.ofDays(14))).isEqualTo("14 days");
    assertThat(CatalogGlance.words(Duration.ofHours(36))).isEqualTo("36 hours");
    assertThat(CatalogGlance.words(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    assertThat(CatalogGlance.words(Duration.ofSeconds(30))).isEqualTo("30 seconds");
    assertThat(CatalogGlance.words(Duration.ZERO)).isEqualTo("0 minutes");
  }

  @Test
  void theMapShowsItInTheOrderToCashOutcomeOnly() {
    String svg = SvgRenderer.render(Templates.referenceModel());
    Matcher catalog =
        Pattern.compile("<text data-kind=\"catalog\"[^>]*>([^<]*)</text>").matcher(svg);
    assertThat(catalog.find()).isTrue();
    assertThat(catalog.group(1)).isEqualTo("\u25c6 4 options from 4.00 EUR");
    assertThat(catalog.find()).isTrue();
    assertThat(catalog.group(1)).isEqualTo("   within 1 day");
    int outcome = svg.lastIndexOf("data-kind=\"outcome\"", catalog.start());
    ValueChain o2c =
        Templates.referenceModel().valueChains().stream()
            .filter(c -> c.kind() == ValueChainKind.ORDER_TO_CASH)
            .findFirst()
            .orElseThrow();
    assertThat(svg.substring(outcome, catalog.start())).contains("data-chain=\"" + o2c.id() + "\"");
    assertThat(svg.split("data-kind=\"catalog\"", -1).length - 1).isEqualTo(2);
  }

  @Test
  void theNoKpiNoteGoesBelowTheGlance() {
    OperatingModel model =
        chains()
            .offering(
                "a", "A", o -> o.option("a.1", "One", opt -> opt.leadTime(Duration.ofDays(3))))
            .build();
    MapLayout layout = MapLayout.of(model);
    OutcomeLayout outcome =
        layout.rows().stream()
            .filter(r -> r.outcome().chain().id().equals("o2c"))
            .findFirst()
            .orElseThrow()
            .outcome();
    assertThat(outcome.kpiLines()).hasSize(2);
    assertThat(outcome.kpiLines().get(0).line().text()).isEqualTo("\u25c6 1 option");
    assertThat(outcome.kpiLines().get(1).line().text()).isEqualTo("   within 3 days");
    TextLine noKpi = outcome.noKpi();
    assertThat(noKpi).isNotNull();
    assertThat(noKpi.y()).isGreaterThan(outcome.kpiLines().get(1).line().y());
  }
}
